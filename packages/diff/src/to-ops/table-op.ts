import type { CreateTableOp, DropTableOp } from '@retort/ops';
import type { Sequence, Table } from '@retort/schema';
import { columnSpec } from './column-spec';
import { checkSpec, uniqueSpec } from './constraint-ops';
import { objectTarget } from './names';

/**
 * CREATE TABLE with its columns, primary key, unique and check constraints and comments.
 * Foreign keys and indexes are separate operations (created after every table exists).
 */
export function createTableOp(table: Table, sequences: readonly Sequence[]): CreateTableOp {
  const op: CreateTableOp = {
    kind: 'createTable',
    ...objectTarget(table.schema, table.name),
    columns: table.columns.map((c) => columnSpec(table.schema, table.name, c, sequences)),
  };
  if (table.primaryKey !== null)
    op.primaryKey = { name: table.primaryKey.name, columns: [...table.primaryKey.columns] };
  if (table.uniques.length > 0) op.uniques = table.uniques.map(uniqueSpec);
  if (table.checks.length > 0) op.checks = table.checks.map(checkSpec);
  if (table.comment !== null) op.comment = table.comment;
  return op;
}

/** DROP TABLE carrying everything createTableOp would create, so that it can be reversed. */
export function dropTableOp(table: Table, sequences: readonly Sequence[]): DropTableOp {
  const { kind: _kind, name, schema, ...definition } = createTableOp(table, sequences);
  return schema === undefined
    ? { kind: 'dropTable', name, definition }
    : { kind: 'dropTable', name, schema, definition };
}
