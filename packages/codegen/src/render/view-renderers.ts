import type {
  CreateMaterializedViewOp,
  CreateViewOp,
  DropMaterializedViewOp,
  DropViewOp,
  MaterializedViewDefinition,
  ViewDefinition,
  ViewKinds,
} from '@retort/ops';
import { definitionIf, facadeCall, type Renderers } from './render-call';
import { AS_IS, FALSE_BY_DEFAULT, ordered, type Shape } from './shape';

type Positional = 'kind' | 'name' | 'definition';

const viewDefinitionShape: Shape<ViewDefinition> = { definition: AS_IS, with: AS_IS };
const materializedDefinitionShape: Shape<MaterializedViewDefinition> = {
  ...viewDefinitionShape,
  using: AS_IS,
  withNoData: FALSE_BY_DEFAULT,
};
const createViewShape: Shape<Omit<CreateViewOp, Positional>> = {
  schema: AS_IS,
  with: AS_IS,
  orReplace: FALSE_BY_DEFAULT,
  existing: { shape: viewDefinitionShape },
};
const createMaterializedShape: Shape<Omit<CreateMaterializedViewOp, Positional>> = {
  schema: AS_IS,
  using: AS_IS,
  with: AS_IS,
  withNoData: FALSE_BY_DEFAULT,
};
const dropViewShape: Shape<Omit<DropViewOp, 'kind' | 'name'>> = {
  schema: AS_IS,
  definition: { shape: viewDefinitionShape },
};
const dropMaterializedShape: Shape<Omit<DropMaterializedViewOp, 'kind' | 'name'>> = {
  schema: AS_IS,
  definition: { shape: materializedDefinitionShape },
};

/** Views and materialized views: the name and the query first, then the options. */
export const viewRenderers: Pick<Renderers, ViewKinds> = {
  createView: ({ kind: _kind, name, definition, ...options }) =>
    facadeCall('createView', [name, definition], ordered(options, createViewShape)),
  dropView: ({ kind: _kind, name, ...options }, render) =>
    facadeCall('dropView', [name], ordered(definitionIf(options, render), dropViewShape)),
  createMaterializedView: ({ kind: _kind, name, definition, ...options }) =>
    facadeCall(
      'createMaterializedView',
      [name, definition],
      ordered(options, createMaterializedShape),
    ),
  dropMaterializedView: ({ kind: _kind, name, ...options }, render) =>
    facadeCall(
      'dropMaterializedView',
      [name],
      ordered(definitionIf(options, render), dropMaterializedShape),
    ),
};
