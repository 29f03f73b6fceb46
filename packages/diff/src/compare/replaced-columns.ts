import type { Column, SchemaModel, Table } from '@retort/schema';
import { findTable } from '../renames/apply-renames';
import { castExists } from './cast-exists';
import { same } from './context';

/**
 * A generated column's expression cannot be altered in place, nor can a type PostgreSQL has no
 * cast to (integer → uuid): such a column is dropped and added (with a data-loss hazard).
 */
export function mustReplace(c: Column, t: Column): boolean {
  if (!castExists(c.type, t.type)) return true;
  return !same(c.generated, t.generated);
}

/** `schema.table.column` of every column that is dropped and added again. */
export function replacedColumns(working: SchemaModel, target: SchemaModel): Set<string> {
  const replaced = new Set<string>();
  for (const c of working.tables) {
    const t = findTable(target, c);
    for (const col of c.columns) {
      const next = t?.columns.find((x) => x.name === col.name);
      if (next !== undefined && mustReplace(col, next))
        replaced.add(`${c.schema}.${c.name}.${col.name}`);
    }
  }
  return replaced;
}

/** Whether a key, index or constraint of `table` over `columns` goes with a replaced column. */
export function touchesReplaced(
  replaced: ReadonlySet<string>,
  table: Table,
  columns: readonly (string | null)[],
): boolean {
  return columns.some(
    (col) => col !== null && replaced.has(`${table.schema}.${table.name}.${col}`),
  );
}
