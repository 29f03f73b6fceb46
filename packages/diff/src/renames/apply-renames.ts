import type { QualifiedName, SchemaModel, Table } from '@retort/schema';
import { renameIdentifier } from './rename-identifier';

/**
 * Renames applied to the working copy of the current model, so that the rest of the diff
 * compares by the target's names. Each function mirrors what PostgreSQL does on the rename.
 */

/** Tables by `schema.name`, per tables array; rebuilt when the array's length changes or a hit went stale. */
const tableIndexes = new WeakMap<
  readonly Table[],
  { length: number; byName: Map<string, Table> }
>();

function tableIndex(tables: readonly Table[]): Map<string, Table> {
  let index = tableIndexes.get(tables);
  if (index === undefined || index.length !== tables.length) {
    const byName = new Map<string, Table>();
    // the first of two same-named tables wins, as Array.find would
    for (let i = tables.length - 1; i >= 0; i--)
      byName.set(`${tables[i]!.schema}\0${tables[i]!.name}`, tables[i]!);
    index = { length: tables.length, byName };
    tableIndexes.set(tables, index);
  }
  return index.byName;
}

/** The table named `name` (a map lookup: the diff asks once per table). */
export function findTable(model: SchemaModel, name: QualifiedName): Table | undefined {
  const key = `${name.schema}\0${name.name}`;
  const hit = tableIndex(model.tables).get(key);
  if (hit === undefined || (hit.schema === name.schema && hit.name === name.name)) return hit;
  tableIndexes.delete(model.tables);
  return tableIndex(model.tables).get(key);
}

/** Call after a table's schema or name changed in place: findTable's index is rebuilt. */
export function tablesRenamed(model: SchemaModel): void {
  tableIndexes.delete(model.tables);
}

export function applyTableRename(model: SchemaModel, from: QualifiedName, to: string): void {
  const table = findTable(model, from);
  if (table !== undefined) table.name = to;
  tablesRenamed(model);
  for (const t of model.tables) {
    for (const fk of t.foreignKeys) {
      if (fk.referencedSchema === from.schema && fk.referencedTable === from.name)
        fk.referencedTable = to;
    }
  }
  for (const s of model.sequences) {
    if (s.schema === from.schema && s.ownedBy?.table === from.name)
      s.ownedBy = { ...s.ownedBy, table: to };
  }
}

const swap = (list: string[], from: string, to: string): string[] =>
  list.map((c) => (c === from ? to : c));

export function applyColumnRename(
  model: SchemaModel,
  tableName: QualifiedName,
  from: string,
  to: string,
): void {
  const table = findTable(model, tableName);
  if (table === undefined) return;
  const expr = (e: string) => renameIdentifier(e, from, to);
  for (const column of table.columns) {
    if (column.name === from) column.name = to;
    if (column.generated !== null)
      column.generated = { ...column.generated, expression: expr(column.generated.expression) };
  }
  if (table.primaryKey !== null)
    table.primaryKey.columns = swap(table.primaryKey.columns, from, to);
  for (const u of table.uniques) u.columns = swap(u.columns, from, to);
  for (const fk of table.foreignKeys) fk.columns = swap(fk.columns, from, to);
  for (const c of table.checks) c.expression = expr(c.expression);
  for (const index of table.indexes) {
    index.include = swap(index.include, from, to);
    if (index.where !== null) index.where = expr(index.where);
    index.keys = index.keys.map((k) => ({
      ...k,
      column: k.column === from ? to : k.column,
      expression: k.expression === null ? null : expr(k.expression),
    }));
  }
  for (const t of model.tables) {
    for (const fk of t.foreignKeys) {
      if (fk.referencedSchema === table.schema && fk.referencedTable === table.name) {
        fk.referencedColumns = swap(fk.referencedColumns, from, to);
      }
    }
  }
  for (const s of model.sequences) {
    if (s.schema === table.schema && s.ownedBy?.table === table.name && s.ownedBy.column === from) {
      s.ownedBy = { ...s.ownedBy, column: to };
    }
  }
}
