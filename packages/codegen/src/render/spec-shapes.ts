import type {
  CheckSpec,
  ColumnSpec,
  ConstraintDefinition,
  ForeignKeySpec,
  IdentitySpec,
  IndexColumn,
  IndexDefinition,
  PrimaryKeySpec,
  SequenceOptions,
  SequenceOwner,
  TableDefinition,
  UniqueSpec,
} from '@retort/ops';
import { AS_IS, EMPTY_BY_DEFAULT, FALSE_BY_DEFAULT, type AnyShape, type Shape } from './shape';

/** The value PostgreSQL assumes for an unset referential action. */
const NO_ACTION = { default: 'no action' } as const;

export const sequenceOwnerShape: Shape<SequenceOwner> = {
  table: AS_IS,
  column: AS_IS,
  schema: AS_IS,
};

export const sequenceOptionsShape: Shape<SequenceOptions> = {
  as: AS_IS,
  start: AS_IS,
  increment: AS_IS,
  minValue: AS_IS,
  maxValue: AS_IS,
  cache: AS_IS,
  cycle: AS_IS,
  ownedBy: { shape: sequenceOwnerShape },
};

/** `always` first: it is the one field every identity has. */
export const identityShape: Shape<IdentitySpec> = {
  always: AS_IS,
  start: AS_IS,
  increment: AS_IS,
  minValue: AS_IS,
  maxValue: AS_IS,
  cache: AS_IS,
  cycle: AS_IS,
};

export const columnShape: Shape<ColumnSpec> = {
  name: AS_IS,
  type: AS_IS,
  nullable: { default: true },
  default: AS_IS,
  identity: { shape: identityShape },
  generated: AS_IS,
  collation: AS_IS,
  comment: AS_IS,
  primaryKey: FALSE_BY_DEFAULT,
};

export const primaryKeyShape: Shape<PrimaryKeySpec> = { name: AS_IS, columns: AS_IS };

export const foreignKeyShape: Shape<ForeignKeySpec> = {
  name: AS_IS,
  columns: AS_IS,
  referencedSchema: AS_IS,
  referencedTable: AS_IS,
  referencedColumns: AS_IS,
  onDelete: NO_ACTION,
  onUpdate: NO_ACTION,
  match: { default: 'simple' },
  deferrable: FALSE_BY_DEFAULT,
  initiallyDeferred: FALSE_BY_DEFAULT,
};

export const uniqueShape: Shape<UniqueSpec> = {
  name: AS_IS,
  columns: AS_IS,
  nullsNotDistinct: FALSE_BY_DEFAULT,
  deferrable: FALSE_BY_DEFAULT,
  initiallyDeferred: FALSE_BY_DEFAULT,
};

export const checkShape: Shape<CheckSpec> = { name: AS_IS, expression: AS_IS };

export const tableDefinitionShape: Shape<TableDefinition> = {
  columns: { shape: columnShape },
  primaryKey: { shape: primaryKeyShape },
  foreignKeys: { ...EMPTY_BY_DEFAULT, shape: foreignKeyShape },
  uniques: { ...EMPTY_BY_DEFAULT, shape: uniqueShape },
  checks: { ...EMPTY_BY_DEFAULT, shape: checkShape },
  comment: AS_IS,
};

/** The facade documents `{ column | expression, order, nulls, opclass, collation }`. */
export const indexColumnShape: Shape<IndexColumn> = {
  column: AS_IS,
  expression: AS_IS,
  order: { default: 'asc' },
  nulls: AS_IS,
  opclass: AS_IS,
  collation: AS_IS,
};

export const indexDefinitionShape: Shape<IndexDefinition> = {
  columns: { shape: indexColumnShape },
  unique: FALSE_BY_DEFAULT,
  nullsNotDistinct: FALSE_BY_DEFAULT,
  method: { default: 'btree' },
  include: EMPTY_BY_DEFAULT,
  where: AS_IS,
  with: AS_IS,
};

type ConstraintType = ConstraintDefinition['type'];
type DefinitionOf<T extends ConstraintType> = Extract<ConstraintDefinition, { type: T }>;

const { name: _fkName, ...foreignKeyFields } = foreignKeyShape;
const { name: _uniqueName, ...uniqueFields } = uniqueShape;

const constraintDefinitionShapes: { [T in ConstraintType]: Shape<DefinitionOf<T>> } = {
  primaryKey: { type: AS_IS, columns: AS_IS },
  foreignKey: { type: AS_IS, ...foreignKeyFields, notValid: FALSE_BY_DEFAULT },
  unique: { type: AS_IS, ...uniqueFields },
  check: { type: AS_IS, expression: AS_IS, notValid: FALSE_BY_DEFAULT },
  exclusion: {
    type: AS_IS,
    expression: AS_IS,
    deferrable: FALSE_BY_DEFAULT,
    initiallyDeferred: FALSE_BY_DEFAULT,
  },
};

export function constraintDefinitionShape(definition: ConstraintDefinition): AnyShape {
  return constraintDefinitionShapes[definition.type];
}
