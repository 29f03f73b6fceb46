/** Hazards that destroy data or make the migration fail; the rest (locks, rewrites) are slow, not destructive. */
const DESTRUCTIVE = new Set(['data-loss', 'fails-on-data', 'unresolved-rename']);

export type HazardSeverity = 'danger' | 'warning';

export function hazardSeverity(code: string): HazardSeverity {
  return DESTRUCTIVE.has(code) ? 'danger' : 'warning';
}
