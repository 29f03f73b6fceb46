import { renderBody } from '@retort/codegen';
import { downgradeFor, summarize, type DiffEntry } from '@retort/diff';

export interface RenderedMigration {
  upgrade: string[];
  downgrade: string[];
  /** Summary lines for the file header: counts per operation kind and every hazard. */
  notes: string[];
}

/** The bodies of upgrade() and downgrade() for a diff, and the summary a reviewer reads first. */
export function renderMigration(entries: readonly DiffEntry[]): RenderedMigration {
  return {
    upgrade: renderBody(entries.map((e) => ({ op: e.op, hazards: e.hazards }))),
    downgrade: renderBody(downgradeFor([...entries])),
    notes: summaryLines(entries),
  };
}

export function summaryLines(entries: readonly DiffEntry[]): string[] {
  const { counts, hazards } = summarize([...entries]);
  const lines = [`Operations: ${Object.entries(counts).map(([kind, n]) => `${kind} ×${n}`).join(', ')}`];
  if (hazards.length) {
    lines.push(`Hazards (${hazards.length}):`);
    for (const h of hazards) lines.push(`  ⚠ ${h.code}: ${h.message}`);
  }
  return lines;
}
