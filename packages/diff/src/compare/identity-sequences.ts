import { chooseName, type SchemaModel } from '@retort/schema';
import { renameSequenceOp } from '../to-ops/rename-op';
import type { DiffContext } from './context';

/** Relation names of a schema (tables, indexes, key indexes, sequences) that PostgreSQL must avoid. */
function relationNames(model: SchemaModel, schema: string): string[] {
  const tables = model.tables.filter((t) => t.schema === schema);
  return [
    ...tables.flatMap((t) => [
      t.name,
      ...t.indexes.map((i) => i.name),
      ...t.uniques.map((u) => u.name),
      ...(t.primaryKey === null ? [] : [t.primaryKey.name]),
      ...t.columns.flatMap((c) => (c.identity === null ? [] : [c.identity.sequenceName])),
    ]),
    ...model.sequences.filter((s) => s.schema === schema).map((s) => s.name),
  ];
}

/**
 * An identity column gets its sequence name from PostgreSQL (`<table>_<column>_seq`, or the
 * first free `…_seq1`, `…_seq2`); the ops vocabulary cannot ask for another. When the target
 * wants another name (Drizzle's `name:` option), the sequence is renamed at the end of the
 * migration, once the sequences it could clash with are gone.
 */
export function nameIdentitySequence(
  ctx: DiffContext,
  schema: string,
  table: string,
  column: string,
  wanted: string,
): void {
  const taken = new Set([
    ...relationNames(ctx.working, schema),
    ...(ctx.identityNamesChosen.get(schema) ?? []),
  ]);
  const given = chooseName(table, column, 'seq', taken);
  ctx.identityNamesChosen.set(schema, [...(ctx.identityNamesChosen.get(schema) ?? []), given]);
  if (given === wanted) return;
  ctx.plan.add('renameSequences', renameSequenceOp(schema, given, wanted));
}
