import type { QualifiedName, SchemaModel, Table } from '@retort/schema';
import { unknownColumn, unknownReference } from './model-errors';

const q = (schema: string, name: string) => `${schema}.${name}`;

/**
 * Cross-object checks every extractor shares: references resolve to tables and columns that
 * exist, or to a table the ORM declares but leaves unmanaged (whose columns are not known).
 */
export function validateModel(model: SchemaModel, unmanaged: readonly QualifiedName[] = []): void {
  const tables = new Map(model.tables.map((t) => [q(t.schema, t.name), t]));
  const outside = new Set(unmanaged.map((t) => q(t.schema, t.name)));
  for (const table of model.tables) {
    const has = columnsOf(table);
    const name = q(table.schema, table.name);
    for (const c of table.primaryKey?.columns ?? []) if (!has(c)) throw unknownColumn(name, `Primary key ${table.primaryKey!.name}`, c);
    for (const u of table.uniques) for (const c of u.columns) if (!has(c)) throw unknownColumn(name, `Unique constraint ${u.name}`, c);
    for (const i of table.indexes) for (const k of i.keys) if (k.column !== null && !has(k.column)) throw unknownColumn(name, `Index ${i.name}`, k.column);
    for (const fk of table.foreignKeys) {
      const target = tables.get(q(fk.referencedSchema, fk.referencedTable));
      if (!target && outside.has(q(fk.referencedSchema, fk.referencedTable))) continue;
      if (!target) throw unknownReference(name, fk.name, q(fk.referencedSchema, fk.referencedTable));
      for (const c of fk.columns) if (!has(c)) throw unknownColumn(name, `Foreign key ${fk.name}`, c);
      const targetHas = columnsOf(target);
      for (const c of fk.referencedColumns) {
        if (!targetHas(c)) throw unknownColumn(q(target.schema, target.name), `Foreign key ${fk.name} (from ${name})`, c);
      }
    }
  }
}

function columnsOf(table: Table): (name: string) => boolean {
  const names = new Set(table.columns.map((c) => c.name));
  return (name) => names.has(name);
}
