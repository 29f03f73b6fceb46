import type { CheckSpec, ForeignKeySpec, UniqueSpec } from './constraint-specs';
import type { CreateExclusionConstraintOp } from './exclusion-ops';

interface TableConstraintTarget {
  name: string;
  table: string;
  schema?: string;
}

export interface CreatePrimaryKeyOp extends TableConstraintTarget {
  kind: 'createPrimaryKey';
  columns: string[];
}

export interface CreateForeignKeyOp extends TableConstraintTarget, Omit<ForeignKeySpec, 'name'> {
  kind: 'createForeignKey';
  notValid?: boolean;
}

export interface CreateUniqueConstraintOp extends TableConstraintTarget, Omit<UniqueSpec, 'name'> {
  kind: 'createUniqueConstraint';
  /** Turns this existing unique index into the constraint (`UNIQUE USING INDEX`); `columns` are the index's. */
  usingIndex?: string;
}

export interface CreateCheckConstraintOp extends TableConstraintTarget, Omit<CheckSpec, 'name'> {
  kind: 'createCheckConstraint';
  notValid?: boolean;
}

type Definition<T, Type extends string> = Omit<T, 'kind' | keyof TableConstraintTarget> & {
  type: Type;
};

/** A dropped constraint: the matching create operation without its kind and names. */
export type ConstraintDefinition =
  | Definition<CreatePrimaryKeyOp, 'primaryKey'>
  | Definition<CreateForeignKeyOp, 'foreignKey'>
  | Definition<CreateUniqueConstraintOp, 'unique'>
  | Definition<CreateCheckConstraintOp, 'check'>
  | Definition<CreateExclusionConstraintOp, 'exclusion'>;

export interface DropConstraintOp extends TableConstraintTarget {
  kind: 'dropConstraint';
  ifExists?: boolean;
  /** The dropped constraint, so that the drop can be reversed. */
  definition?: ConstraintDefinition;
}

export interface ValidateConstraintOp extends TableConstraintTarget {
  kind: 'validateConstraint';
}
