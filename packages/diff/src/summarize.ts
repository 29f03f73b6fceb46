import type { DiffEntry, DiffSummary } from './types';

/** Operations counted by kind, and every hazard in operation order. */
export function summarize(entries: readonly DiffEntry[]): DiffSummary {
  const counts: Record<string, number> = {};
  for (const { op } of entries) counts[op.kind] = (counts[op.kind] ?? 0) + 1;
  return { counts, hazards: entries.flatMap((e) => e.hazards) };
}
