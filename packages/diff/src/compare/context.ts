import type { SchemaModel } from '@retort/schema';
import type { Plan } from '../order/plan';

/** What every comparison step reads and writes. */
export interface DiffContext {
  plan: Plan;
  /** The current model with the renames applied: compared with `target` by name. */
  working: SchemaModel;
  target: SchemaModel;
  /** Dropped table key → added tables it might have become (no rename answer). */
  unresolvedTables: ReadonlyMap<string, string[]>;
  /** `schema.table.column` → added columns it might have become (no rename answer). */
  unresolvedColumns: ReadonlyMap<string, string[]>;
  /** Schema → identity sequence names PostgreSQL will have given by this point of the plan. */
  identityNamesChosen: Map<string, string[]>;
}

/** `users` in public, `app.users` elsewhere: how hazards name a table. */
export function displayName(schema: string, name: string): string {
  return schema === 'public' ? name : `${schema}.${name}`;
}

export const qualifiedKey = (o: { schema: string; name: string }): string =>
  `${o.schema}.${o.name}`;

/**
 * JSON with object keys sorted: the same text for equal model data whatever order the producer
 * (extract or introspect) wrote the keys in.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Deep equality of plain model data, as `stableJson(a) === stableJson(b)` would answer it
 * (object key order and keys holding `undefined` do not count) without building the text.
 */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // JSON writes undefined array items (and NaN) as null
    return (
      (a ?? null) === (b ?? null) ||
      (Number.isNaN(a) && (b ?? null) === null) ||
      (Number.isNaN(b) && (a ?? null) === null)
    );
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => same(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // keys holding undefined (or functions) are not written by JSON.stringify
  const absent = (v: unknown) => v === undefined || typeof v === 'function';
  let unmatched = 0;
  for (const key of Object.keys(left)) {
    if (absent(left[key])) continue;
    unmatched++;
    const other = Object.prototype.hasOwnProperty.call(right, key) ? right[key] : undefined;
    if (absent(other) || !same(left[key], other)) return false;
  }
  for (const key of Object.keys(right)) if (!absent(right[key])) unmatched--;
  return unmatched === 0;
}
