import type { ColumnSpec, IdentitySpec } from './column-spec';

export interface AddColumnOp {
  kind: 'addColumn';
  table: string;
  schema?: string;
  column: ColumnSpec;
}

export interface DropColumnOp {
  kind: 'dropColumn';
  table: string;
  schema?: string;
  column: string;
  /** The dropped column, so that the drop can be reversed. */
  definition?: ColumnSpec;
}

/**
 * Changes one column (Alembic's `alter_column`). Every field left `undefined` is unchanged.
 * The `existing*` fields describe the column before the change so that it can be reversed.
 */
export interface AlterColumnOp {
  kind: 'alterColumn';
  table: string;
  schema?: string;
  column: string;
  /** New SQL type, verbatim. */
  type?: string;
  /** `USING` expression for the type change, verbatim. */
  using?: string;
  nullable?: boolean;
  /** New default expression; `null` drops the default. */
  default?: string | null;
  /** New comment; `null` removes it. */
  comment?: string | null;
  /** Adds (or changes) the identity; `null` drops it. */
  identity?: IdentitySpec | null;
  /** Renames the column, after the other changes. */
  newName?: string;
  existingType?: string;
  existingNullable?: boolean;
  existingDefault?: string | null;
  existingComment?: string | null;
  existingIdentity?: IdentitySpec | null;
}
