export type { Operation, OperationKind, OperationOf } from './operations/operation';
export type {
  ColumnSpec,
  IdentitySpec,
  SequenceOptions,
  SequenceOwner,
} from './operations/column-spec';
export type {
  CheckSpec,
  ForeignKeySpec,
  PrimaryKeySpec,
  ReferentialAction,
  UniqueSpec,
} from './operations/constraint-specs';
export type {
  CreateTableOp,
  DropTableOp,
  RenameTableOp,
  TableDefinition,
} from './operations/table-ops';
export type { AddColumnOp, AlterColumnOp, DropColumnOp } from './operations/column-ops';
export type {
  CreateIndexOp,
  DropIndexOp,
  IndexColumn,
  IndexDefinition,
  IndexMethod,
} from './operations/index-ops';
export type {
  ConstraintDefinition,
  CreateCheckConstraintOp,
  CreateForeignKeyOp,
  CreatePrimaryKeyOp,
  CreateUniqueConstraintOp,
  DropConstraintOp,
  ValidateConstraintOp,
} from './operations/constraint-ops';
export type {
  AddEnumValueOp,
  CreateEnumOp,
  DropEnumOp,
  RenameEnumValueOp,
} from './operations/enum-ops';
export type { AlterSequenceOp, CreateSequenceOp, DropSequenceOp } from './operations/sequence-ops';
export type { CreateSchemaOp, DropSchemaOp } from './operations/schema-ops';
export type { CreateExtensionOp, DropExtensionOp } from './operations/extension-ops';
export type { SetColumnCommentOp, SetTableCommentOp } from './operations/comment-ops';
export type { BulkInsertOp, ExecuteOp } from './operations/data-ops';
export type { CreateExclusionConstraintOp } from './operations/exclusion-ops';
export type { ObjectKinds } from './operations/object-kinds';
export type {
  RenameConstraintOp,
  RenameEnumOp,
  RenameIndexOp,
  RenameKinds,
  RenameOperation,
  RenameSchemaOp,
  RenameSequenceOp,
  SetEnumSchemaOp,
  SetSequenceSchemaOp,
  SetTableSchemaOp,
} from './operations/rename-ops';
export type {
  AlterPolicyOp,
  CreatePolicyOp,
  DropPolicyOp,
  PolicyChanges,
  PolicySpec,
  SetRowLevelSecurityOp,
} from './operations/policy-ops';
export type { AlterRoleOp, CreateRoleOp, DropRoleOp, RoleOptions } from './operations/role-ops';
export type {
  CreateMaterializedViewOp,
  CreateViewOp,
  DropMaterializedViewOp,
  DropViewOp,
  MaterializedViewDefinition,
  ViewDefinition,
  ViewKinds,
} from './operations/view-ops';
export type { SetLockTimeoutOp } from './operations/session-ops';

export { reverseOp, reverseOps } from './reverse';
export { IrreversibleOperationError } from './irreversible-operation-error';

export type { Statement } from './dialect/postgres/statement';
export { compileOperation } from './dialect/postgres/postgres-compiler';
export { renderStatementOffline } from './dialect/postgres/render-offline';
export { quoteIdent, quoteLiteral } from './dialect/postgres/quote';

export { Operations } from './facade/operations';
export type { OperationExecutor, OperationsContext } from './facade/operation-executor';
export { recordingExecutor, type RecordingExecutor, type RecordedOperation } from './facade/recording-executor';
