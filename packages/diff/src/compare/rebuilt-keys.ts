import type { ForeignKey, SchemaModel, Table } from '@retort/schema';
import { findTable } from '../renames/apply-renames';
import { same } from './context';

const keyOf = (schema: string, table: string, columns: readonly string[]) =>
  `${schema}.${table}(${[...columns].sort().join(',')})`;

/** Keys (primary, unique constraints, unique indexes) of `c` that are dropped or rebuilt to reach `t`. */
function droppedKeys(c: Table, t: Table | undefined): string[] {
  const keys: string[] = [];
  const gone = <T extends { name: string }>(item: T, list: readonly T[]) =>
    !list.some((x) => same(x, item));
  if (c.primaryKey !== null && (t === undefined || !same(c.primaryKey, t.primaryKey)))
    keys.push(keyOf(c.schema, c.name, c.primaryKey.columns));
  for (const u of c.uniques)
    if (t === undefined || gone(u, t.uniques)) keys.push(keyOf(c.schema, c.name, u.columns));
  for (const i of c.indexes) {
    if (!i.unique || i.keys.some((k) => k.column === null)) continue;
    if (t === undefined || gone(i, t.indexes))
      keys.push(
        keyOf(
          c.schema,
          c.name,
          i.keys.map((k) => k.column!),
        ),
      );
  }
  return keys;
}

/**
 * A foreign key depends on the unique index of the key it references: when that key is rebuilt,
 * the foreign key must be dropped before and created again after, even if it did not change.
 */
export function rebuiltKeyReferences(
  working: SchemaModel,
  target: SchemaModel,
): (fk: ForeignKey) => boolean {
  const keys = new Set(working.tables.flatMap((c) => droppedKeys(c, findTable(target, c))));
  return (fk) => keys.has(keyOf(fk.referencedSchema, fk.referencedTable, fk.referencedColumns));
}
