import type { RenameKinds } from '@retort/ops';
import { facadeCall, type Renderers } from './render-call';
import { SCHEMA_ONLY, ordered } from './shape';

/** Renames and moves of schemas, tables, enums, sequences, indexes and constraints. */
export const renameRenderers: Pick<Renderers, RenameKinds> = {
  renameSchema: ({ name, newName }) => facadeCall('renameSchema', [name, newName]),
  setTableSchema: ({ kind: _kind, table, newSchema, ...options }) =>
    facadeCall('setTableSchema', [table, newSchema], ordered(options, SCHEMA_ONLY)),
  renameEnum: ({ kind: _kind, name, newName, ...options }) =>
    facadeCall('renameEnum', [name, newName], ordered(options, SCHEMA_ONLY)),
  setEnumSchema: ({ kind: _kind, name, newSchema, ...options }) =>
    facadeCall('setEnumSchema', [name, newSchema], ordered(options, SCHEMA_ONLY)),
  renameSequence: ({ kind: _kind, name, newName, ...options }) =>
    facadeCall('renameSequence', [name, newName], ordered(options, SCHEMA_ONLY)),
  setSequenceSchema: ({ kind: _kind, name, newSchema, ...options }) =>
    facadeCall('setSequenceSchema', [name, newSchema], ordered(options, SCHEMA_ONLY)),
  renameIndex: ({ kind: _kind, name, newName, ...options }) =>
    facadeCall('renameIndex', [name, newName], ordered(options, SCHEMA_ONLY)),
  renameConstraint: ({ kind: _kind, name, table, newName, ...options }) =>
    facadeCall('renameConstraint', [name, table, newName], ordered(options, SCHEMA_ONLY)),
};
