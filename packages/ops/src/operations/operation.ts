import type { AddColumnOp, AlterColumnOp, DropColumnOp } from './column-ops';
import type { SetColumnCommentOp, SetTableCommentOp } from './comment-ops';
import type {
  CreateCheckConstraintOp,
  CreateForeignKeyOp,
  CreatePrimaryKeyOp,
  CreateUniqueConstraintOp,
  DropConstraintOp,
  ValidateConstraintOp,
} from './constraint-ops';
import type { BulkInsertOp, ExecuteOp } from './data-ops';
import type { AddEnumValueOp, CreateEnumOp, DropEnumOp, RenameEnumValueOp } from './enum-ops';
import type { CreateExtensionOp, DropExtensionOp } from './extension-ops';
import type { CreateExclusionConstraintOp } from './exclusion-ops';
import type { CreateIndexOp, DropIndexOp } from './index-ops';
import type { AlterPolicyOp, CreatePolicyOp, DropPolicyOp, SetRowLevelSecurityOp } from './policy-ops';
import type { AlterRoleOp, CreateRoleOp, DropRoleOp } from './role-ops';
import type { CreateSchemaOp, DropSchemaOp } from './schema-ops';
import type { AlterSequenceOp, CreateSequenceOp, DropSequenceOp } from './sequence-ops';
import type { CreateTableOp, DropTableOp, RenameTableOp } from './table-ops';
import type { SetLockTimeoutOp } from './session-ops';

/** One step of a migration, as plain JSON-serialisable data tagged by `kind`. */
export type Operation =
  | CreateTableOp
  | DropTableOp
  | RenameTableOp
  | AddColumnOp
  | DropColumnOp
  | AlterColumnOp
  | CreateIndexOp
  | DropIndexOp
  | CreatePrimaryKeyOp
  | CreateForeignKeyOp
  | CreateUniqueConstraintOp
  | CreateCheckConstraintOp
  | DropConstraintOp
  | ValidateConstraintOp
  | CreateEnumOp
  | DropEnumOp
  | AddEnumValueOp
  | RenameEnumValueOp
  | CreateSequenceOp
  | AlterSequenceOp
  | DropSequenceOp
  | CreateSchemaOp
  | DropSchemaOp
  | CreateExtensionOp
  | DropExtensionOp
  | SetTableCommentOp
  | SetColumnCommentOp
  | ExecuteOp
  | BulkInsertOp
  | CreateExclusionConstraintOp
  | SetRowLevelSecurityOp
  | CreatePolicyOp
  | AlterPolicyOp
  | DropPolicyOp
  | CreateRoleOp
  | AlterRoleOp
  | DropRoleOp
  | SetLockTimeoutOp;

export type OperationKind = Operation['kind'];

/** The operation type of one kind: `OperationOf<'addColumn'>` is `AddColumnOp`. */
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;
