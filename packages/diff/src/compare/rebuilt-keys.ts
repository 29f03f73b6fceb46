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

/** `schema.table.column` of every column whose type changes (PostgreSQL refuses that under a foreign key). */
function retypedColumns(working: SchemaModel, target: SchemaModel): Set<string> {
  const retyped = new Set<string>();
  for (const c of working.tables) {
    const t = findTable(target, c);
    for (const col of c.columns) {
      const next = t?.columns.find((x) => x.name === col.name);
      if (next !== undefined && next.type !== col.type)
        retyped.add(`${c.schema}.${c.name}.${col.name}`);
    }
  }
  return retyped;
}

/**
 * A foreign key depends on the unique index of the key it references, and on the types of the
 * columns on both sides: when that key is rebuilt or one of those columns changes type, the
 * foreign key must be dropped before and created again after, even if it did not change.
 */
export function rebuiltKeyReferences(
  working: SchemaModel,
  target: SchemaModel,
  replaced: ReadonlySet<string>,
): (fk: ForeignKey, owner: Table) => boolean {
  const keys = new Set(working.tables.flatMap((c) => droppedKeys(c, findTable(target, c))));
  const retyped = new Set([...retypedColumns(working, target), ...replaced]);
  return (fk, owner) =>
    keys.has(keyOf(fk.referencedSchema, fk.referencedTable, fk.referencedColumns)) ||
    fk.columns.some((col) => retyped.has(`${owner.schema}.${owner.name}.${col}`)) ||
    fk.referencedColumns.some((col) =>
      retyped.has(`${fk.referencedSchema}.${fk.referencedTable}.${col}`),
    );
}
