import type {
  CreateCheckConstraintOp,
  CreateForeignKeyOp,
  CreateUniqueConstraintOp,
  DropConstraintOp,
} from '@retort/ops';
import { definitionIf, facadeCall, type Renderers } from './render-call';
import { AS_IS, FALSE_BY_DEFAULT, SCHEMA_ONLY, ordered, type Shape } from './shape';
import { constraintDefinitionShape, foreignKeyShape, uniqueShape } from './spec-shapes';

type ForeignKeyPositional = 'name' | 'table' | 'referencedTable' | 'columns' | 'referencedColumns';
type Named = 'kind' | 'name' | 'table';

const {
  name: _fk,
  columns: _fkColumns,
  referencedTable: _fkTable,
  referencedColumns: _fkRefs,
  ...foreignKeyOptions
} = foreignKeyShape;
const createForeignKeyShape: Shape<Omit<CreateForeignKeyOp, 'kind' | ForeignKeyPositional>> = {
  schema: AS_IS,
  ...foreignKeyOptions,
  notValid: FALSE_BY_DEFAULT,
};

const { name: _unique, columns: _uniqueColumns, ...uniqueOptions } = uniqueShape;
const createUniqueShape: Shape<Omit<CreateUniqueConstraintOp, Named | 'columns'>> = {
  schema: AS_IS,
  ...uniqueOptions,
  usingIndex: AS_IS,
};

const createCheckShape: Shape<Omit<CreateCheckConstraintOp, Named | 'expression'>> = {
  schema: AS_IS,
  notValid: FALSE_BY_DEFAULT,
};

const dropConstraintShape: Shape<Omit<DropConstraintOp, Named>> = {
  schema: AS_IS,
  ifExists: FALSE_BY_DEFAULT,
  definition: { shape: constraintDefinitionShape },
};

type ConstraintKinds =
  | 'createPrimaryKey'
  | 'createForeignKey'
  | 'createUniqueConstraint'
  | 'createCheckConstraint'
  | 'dropConstraint'
  | 'validateConstraint';

export const constraintRenderers: Pick<Renderers, ConstraintKinds> = {
  createPrimaryKey: ({ kind: _kind, name, table, columns, ...options }) =>
    facadeCall('createPrimaryKey', [name, table, columns], ordered(options, SCHEMA_ONLY)),
  createForeignKey: ({
    kind: _kind,
    name,
    table,
    referencedTable,
    columns,
    referencedColumns,
    ...options
  }) =>
    facadeCall(
      'createForeignKey',
      [name, table, referencedTable, columns, referencedColumns],
      ordered(options, createForeignKeyShape),
    ),
  createUniqueConstraint: ({ kind: _kind, name, table, columns, ...options }) =>
    facadeCall(
      'createUniqueConstraint',
      [name, table, columns],
      ordered(options, createUniqueShape),
    ),
  createCheckConstraint: ({ kind: _kind, name, table, expression, ...options }) =>
    facadeCall(
      'createCheckConstraint',
      [name, table, expression],
      ordered(options, createCheckShape),
    ),
  dropConstraint: ({ kind: _kind, name, table, ...options }, render) =>
    facadeCall(
      'dropConstraint',
      [name, table],
      ordered(definitionIf(options, render), dropConstraintShape),
    ),
  validateConstraint: ({ kind: _kind, name, table, ...options }) =>
    facadeCall('validateConstraint', [name, table], ordered(options, SCHEMA_ONLY)),
};
