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
  /**
   * Promote this existing unique index (built beforehand, e.g. concurrently) to the
   * constraint: `ADD CONSTRAINT n UNIQUE USING INDEX i`, which renames the index to the
   * constraint's name and needs no scan.
   */
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
  | Definition<Omit<CreateUniqueConstraintOp, 'usingIndex'>, 'unique'>
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
