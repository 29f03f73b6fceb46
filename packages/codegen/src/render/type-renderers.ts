import type {
  AddEnumValueOp,
  AlterSequenceOp,
  CreateSchemaOp,
  CreateSequenceOp,
  DropEnumOp,
  DropSchemaOp,
  DropSequenceOp,
} from '@retort/ops';
import { definitionIf, facadeCall, type Renderers } from './render-call';
import { AS_IS, FALSE_BY_DEFAULT, SCHEMA_ONLY, ordered, type Shape } from './shape';
import { sequenceOptionsShape } from './spec-shapes';

type Named = 'kind' | 'name';

const dropEnumShape: Shape<Omit<DropEnumOp, Named>> = {
  schema: AS_IS,
  definition: { shape: { values: AS_IS } },
};
const addEnumValueShape: Shape<Omit<AddEnumValueOp, Named | 'value'>> = {
  schema: AS_IS,
  before: AS_IS,
  after: AS_IS,
  ifNotExists: FALSE_BY_DEFAULT,
};
const createSequenceShape: Shape<Omit<CreateSequenceOp, Named>> = {
  schema: AS_IS,
  ...sequenceOptionsShape,
  ifNotExists: FALSE_BY_DEFAULT,
};
/** `existing` holds the previous values, so the change can be reversed. */
const alterSequenceShape: Shape<Omit<AlterSequenceOp, Named | 'changes'>> = {
  schema: AS_IS,
  existing: { shape: sequenceOptionsShape },
};
const dropSequenceShape: Shape<Omit<DropSequenceOp, Named>> = {
  schema: AS_IS,
  ifExists: FALSE_BY_DEFAULT,
  definition: { shape: sequenceOptionsShape },
};
const createSchemaShape: Shape<Omit<CreateSchemaOp, Named>> = { ifNotExists: FALSE_BY_DEFAULT };
const dropSchemaShape: Shape<Omit<DropSchemaOp, Named>> = {
  ifExists: FALSE_BY_DEFAULT,
  cascade: FALSE_BY_DEFAULT,
};

type TypeKinds =
  | 'createEnum'
  | 'dropEnum'
  | 'addEnumValue'
  | 'renameEnumValue'
  | 'createSequence'
  | 'alterSequence'
  | 'dropSequence'
  | 'createSchema'
  | 'dropSchema';

/** Enums, sequences and schemas: the objects that live beside tables. */
export const typeRenderers: Pick<Renderers, TypeKinds> = {
  createEnum: ({ kind: _kind, name, values, ...options }) =>
    facadeCall('createEnum', [name, values], ordered(options, SCHEMA_ONLY)),
  dropEnum: ({ kind: _kind, name, ...options }, render) =>
    facadeCall('dropEnum', [name], ordered(definitionIf(options, render), dropEnumShape)),
  addEnumValue: ({ kind: _kind, name, value, ...options }) =>
    facadeCall('addEnumValue', [name, value], ordered(options, addEnumValueShape)),
  renameEnumValue: ({ kind: _kind, name, from, to, ...options }) =>
    facadeCall('renameEnumValue', [name, from, to], ordered(options, SCHEMA_ONLY)),

  createSequence: ({ kind: _kind, name, ...options }) =>
    facadeCall('createSequence', [name], ordered(options, createSequenceShape)),
  // The changes argument is required, so it is written even when it is empty.
  alterSequence: ({ kind: _kind, name, changes, ...options }) =>
    facadeCall(
      'alterSequence',
      [name, ordered(changes, sequenceOptionsShape)],
      ordered(options, alterSequenceShape),
    ),
  dropSequence: ({ kind: _kind, name, ...options }, render) =>
    facadeCall('dropSequence', [name], ordered(definitionIf(options, render), dropSequenceShape)),

  createSchema: ({ kind: _kind, name, ...options }) =>
    facadeCall('createSchema', [name], ordered(options, createSchemaShape)),
  dropSchema: ({ kind: _kind, name, ...options }) =>
    facadeCall('dropSchema', [name], ordered(options, dropSchemaShape)),
};
