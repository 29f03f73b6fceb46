import type { ColumnSpec } from './column-spec';
import type { CheckSpec, ForeignKeySpec, PrimaryKeySpec, UniqueSpec } from './constraint-specs';

export interface CreateTableOp {
  kind: 'createTable';
  name: string;
  schema?: string;
  columns: ColumnSpec[];
  primaryKey?: PrimaryKeySpec;
  foreignKeys?: ForeignKeySpec[];
  uniques?: UniqueSpec[];
  checks?: CheckSpec[];
  comment?: string;
}

/** Everything `createTable` needs besides the table's name and schema. */
export type TableDefinition = Omit<CreateTableOp, 'kind' | 'name' | 'schema'>;

export interface DropTableOp {
  kind: 'dropTable';
  name: string;
  schema?: string;
  /** The dropped table, so that the drop can be reversed. */
  definition?: TableDefinition;
}

export interface RenameTableOp {
  kind: 'renameTable';
  table: string;
  newName: string;
  schema?: string;
}
