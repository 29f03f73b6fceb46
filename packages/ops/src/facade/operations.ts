import { compact } from '../compact';
import type { AlterColumnOp, DropColumnOp } from '../operations/column-ops';
import type { ColumnSpec, SequenceOptions } from '../operations/column-spec';
import type {
  CreateCheckConstraintOp,
  CreateForeignKeyOp,
  CreateUniqueConstraintOp,
  DropConstraintOp,
} from '../operations/constraint-ops';
import type { AddEnumValueOp, DropEnumOp } from '../operations/enum-ops';
import type { CreateExtensionOp, DropExtensionOp } from '../operations/extension-ops';
import type { CreateExclusionConstraintOp } from '../operations/exclusion-ops';
import type { AlterPolicyOp, CreatePolicyOp, DropPolicyOp } from '../operations/policy-ops';
import type { AlterRoleOp, DropRoleOp, RoleOptions } from '../operations/role-ops';
import type { CreateIndexOp, DropIndexOp, IndexColumn } from '../operations/index-ops';
import type { Operation } from '../operations/operation';
import type { CreateSchemaOp, DropSchemaOp } from '../operations/schema-ops';
import type { CreateSequenceOp, DropSequenceOp } from '../operations/sequence-ops';
import type { CreateTableOp, DropTableOp } from '../operations/table-ops';
import type { OperationExecutor, OperationsContext } from './operation-executor';
import { ViewMethods } from './view-methods';

import type { Options } from './view-methods';
type InSchema = { schema?: string };

/**
 * The `op` that migration files receive. Each method builds one Operation (plain data) and
 * hands it to the executor; names come first, then an options object (Alembic's `op.*`).
 */
export class Operations extends ViewMethods {
  /** The `-x KEY=VALUE` arguments of the command line. */
  readonly args: Readonly<Record<string, string>>;
  /** `true` when rendering an SQL script (`--sql`): there is no database to read from. */
  readonly isOffline: boolean;
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor, context: OperationsContext) {
    super();
    this.#executor = executor;
    this.args = context.args;
    this.isOffline = context.offline;
  }

  /** Runs a ready-made Operation. */
  override invoke(op: Operation): Promise<void> {
    return this.#executor.run(compact(op));
  }

  /** Runs `fn` outside the migration's transaction, e.g. for CREATE INDEX CONCURRENTLY. */
  autocommitBlock<T>(fn: () => Promise<T>): Promise<T> {
    return this.#executor.autocommitBlock(fn);
  }

  createTable(name: string, options: Options<CreateTableOp, 'name'>): Promise<void> {
    return this.invoke({ kind: 'createTable', name, ...options });
  }
  dropTable(name: string, options: Options<DropTableOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'dropTable', name, ...options });
  }
  renameTable(table: string, newName: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'renameTable', table, newName, ...options });
  }

  addColumn(table: string, column: ColumnSpec, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'addColumn', table, column, ...options });
  }
  dropColumn(
    table: string,
    column: string,
    options: Options<DropColumnOp, 'table' | 'column'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'dropColumn', table, column, ...options });
  }
  alterColumn(
    table: string,
    column: string,
    changes: Options<AlterColumnOp, 'table' | 'column'>,
  ): Promise<void> {
    return this.invoke({ kind: 'alterColumn', table, column, ...changes });
  }

  /** `columns`: column names, or `{ column | expression, order, nulls, opclass, collation }`. */
  createIndex(
    name: string,
    table: string,
    columns: readonly (string | IndexColumn)[],
    options: Options<CreateIndexOp, 'name' | 'table' | 'columns'> = {},
  ): Promise<void> {
    const elements = columns.map((column) => (typeof column === 'string' ? { column } : column));
    return this.invoke({ kind: 'createIndex', name, table, columns: elements, ...options });
  }
  dropIndex(name: string, options: Options<DropIndexOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'dropIndex', name, ...options });
  }

  createPrimaryKey(
    name: string,
    table: string,
    columns: string[],
    options: InSchema = {},
  ): Promise<void> {
    return this.invoke({ kind: 'createPrimaryKey', name, table, columns, ...options });
  }
  createForeignKey(
    name: string,
    table: string,
    referencedTable: string,
    columns: string[],
    referencedColumns: string[],
    options: Options<
      CreateForeignKeyOp,
      'name' | 'table' | 'referencedTable' | 'columns' | 'referencedColumns'
    > = {},
  ): Promise<void> {
    const op = {
      kind: 'createForeignKey',
      name,
      table,
      referencedTable,
      columns,
      referencedColumns,
    } as const;
    return this.invoke({ ...op, ...options });
  }
  createUniqueConstraint(
    name: string,
    table: string,
    columns: string[],
    options: Options<CreateUniqueConstraintOp, 'name' | 'table' | 'columns'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'createUniqueConstraint', name, table, columns, ...options });
  }
  createCheckConstraint(
    name: string,
    table: string,
    expression: string,
    options: Options<CreateCheckConstraintOp, 'name' | 'table' | 'expression'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'createCheckConstraint', name, table, expression, ...options });
  }
  dropConstraint(
    name: string,
    table: string,
    options: Options<DropConstraintOp, 'name' | 'table'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'dropConstraint', name, table, ...options });
  }
  validateConstraint(name: string, table: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'validateConstraint', name, table, ...options });
  }

  createEnum(name: string, values: string[], options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'createEnum', name, values, ...options });
  }
  dropEnum(name: string, options: Options<DropEnumOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'dropEnum', name, ...options });
  }
  addEnumValue(
    name: string,
    value: string,
    options: Options<AddEnumValueOp, 'name' | 'value'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'addEnumValue', name, value, ...options });
  }
  renameEnumValue(name: string, from: string, to: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'renameEnumValue', name, from, to, ...options });
  }

  createSequence(name: string, options: Options<CreateSequenceOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'createSequence', name, ...options });
  }
  alterSequence(
    name: string,
    changes: SequenceOptions,
    options: InSchema & { existing?: SequenceOptions } = {},
  ): Promise<void> {
    return this.invoke({ kind: 'alterSequence', name, changes, ...options });
  }
  dropSequence(name: string, options: Options<DropSequenceOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'dropSequence', name, ...options });
  }

  createSchema(name: string, options: Options<CreateSchemaOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'createSchema', name, ...options });
  }
  dropSchema(name: string, options: Options<DropSchemaOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'dropSchema', name, ...options });
  }

  /** `comment: null` removes the comment; pass `existingComment` to make it reversible. */
  createExtension(name: string, options: Options<CreateExtensionOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'createExtension', name, ...options });
  }
  dropExtension(name: string, options: Options<DropExtensionOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'dropExtension', name, ...options });
  }

  setTableComment(
    table: string,
    comment: string | null,
    options: InSchema & { existingComment?: string | null } = {},
  ): Promise<void> {
    return this.invoke({ kind: 'setTableComment', table, comment, ...options });
  }
  setColumnComment(
    table: string,
    column: string,
    comment: string | null,
    options: InSchema & { existingComment?: string | null } = {},
  ): Promise<void> {
    return this.invoke({ kind: 'setColumnComment', table, column, comment, ...options });
  }

  /** `expression` is what follows EXCLUDE: `'USING gist (room WITH =, during WITH &&)'`. */
  createExclusionConstraint(
    name: string,
    table: string,
    expression: string,
    options: Options<CreateExclusionConstraintOp, 'name' | 'table' | 'expression'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'createExclusionConstraint', name, table, expression, ...options });
  }

  enableRowLevelSecurity(table: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'setRowLevelSecurity', table, enabled: true, ...options });
  }
  disableRowLevelSecurity(table: string, options: InSchema = {}): Promise<void> {
    return this.invoke({ kind: 'setRowLevelSecurity', table, enabled: false, ...options });
  }
  createPolicy(
    name: string,
    table: string,
    options: Options<CreatePolicyOp, 'name' | 'table'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'createPolicy', name, table, ...options });
  }
  /** Changes `to`, `using` and `withCheck` in place; pass `existing` to make it reversible. */
  alterPolicy(
    name: string,
    table: string,
    changes: Options<AlterPolicyOp, 'name' | 'table'>,
  ): Promise<void> {
    return this.invoke({ kind: 'alterPolicy', name, table, ...changes });
  }
  dropPolicy(
    name: string,
    table: string,
    options: Options<DropPolicyOp, 'name' | 'table'> = {},
  ): Promise<void> {
    return this.invoke({ kind: 'dropPolicy', name, table, ...options });
  }

  createRole(name: string, options: RoleOptions = {}): Promise<void> {
    return this.invoke({ kind: 'createRole', name, ...options });
  }
  /** Pass `existing` (the attributes before the change) to make it reversible. */
  alterRole(name: string, changes: Options<AlterRoleOp, 'name'>): Promise<void> {
    return this.invoke({ kind: 'alterRole', name, ...changes });
  }
  dropRole(name: string, options: Options<DropRoleOp, 'name'> = {}): Promise<void> {
    return this.invoke({ kind: 'dropRole', name, ...options });
  }


  /** `SET lock_timeout` for the rest of the run's session, e.g. `'5s'` (holds in autocommit blocks). */
  setLockTimeout(timeout: string): Promise<void> {
    return this.invoke({ kind: 'setLockTimeout', timeout });
  }

  /** Arbitrary SQL; `params` bind to `$1`, `$2`, … */
  execute(sql: string, params?: unknown[]): Promise<void> {
    return this.invoke({ kind: 'execute', sql, params });
  }
  /** One INSERT with a VALUES row per object; a missing key inserts the column's DEFAULT. */
  bulkInsert(
    table: string,
    rows: Record<string, unknown>[],
    options: InSchema = {},
  ): Promise<void> {
    return this.invoke({ kind: 'bulkInsert', table, rows, ...options });
  }
}
