import type { CreateTableOp, DropTableOp } from '@retort/ops';
import { definitionIf, facadeCall, type Renderers } from './render-call';
import { AS_IS, SCHEMA_ONLY, ordered, type Shape } from './shape';
import { tableDefinitionShape } from './spec-shapes';

const createTableShape: Shape<Omit<CreateTableOp, 'kind' | 'name'>> = {
  schema: AS_IS,
  ...tableDefinitionShape,
};

const dropTableShape: Shape<Omit<DropTableOp, 'kind' | 'name'>> = {
  schema: AS_IS,
  definition: { shape: tableDefinitionShape },
};

export const tableRenderers: Pick<Renderers, 'createTable' | 'dropTable' | 'renameTable'> = {
  createTable: ({ kind: _kind, name, ...options }) =>
    facadeCall('createTable', [name, ordered(options, createTableShape)]),
  dropTable: ({ kind: _kind, name, ...options }, render) =>
    facadeCall('dropTable', [name], ordered(definitionIf(options, render), dropTableShape)),
  renameTable: ({ kind: _kind, table, newName, ...options }) =>
    facadeCall('renameTable', [table, newName], ordered(options, SCHEMA_ONLY)),
};
