import type { CreateIndexOp, DropIndexOp, IndexColumn } from '@retort/ops';
import { definitionIf, facadeCall, type Renderers } from './render-call';
import { AS_IS, EMPTY_BY_DEFAULT, FALSE_BY_DEFAULT, ordered, type Shape } from './shape';
import { indexColumnShape, indexDefinitionShape } from './spec-shapes';

const createIndexShape: Shape<Omit<CreateIndexOp, 'kind' | 'name' | 'table' | 'columns'>> = {
  schema: AS_IS,
  unique: FALSE_BY_DEFAULT,
  nullsNotDistinct: FALSE_BY_DEFAULT,
  method: { default: 'btree' },
  include: EMPTY_BY_DEFAULT,
  where: AS_IS,
  with: AS_IS,
  concurrently: FALSE_BY_DEFAULT,
  ifNotExists: FALSE_BY_DEFAULT,
};

/** `table` is kept without the definition too: it tells the reviewer whose index goes. */
const dropIndexShape: Shape<Omit<DropIndexOp, 'kind' | 'name'>> = {
  table: AS_IS,
  schema: AS_IS,
  concurrently: FALSE_BY_DEFAULT,
  ifExists: FALSE_BY_DEFAULT,
  definition: { shape: indexDefinitionShape },
};

/** A plain column is written as its name: the facade reads `'email'` as `{ column: 'email' }`. */
function indexElement(element: IndexColumn): string | Partial<IndexColumn> {
  const laidOut = ordered(element, indexColumnShape);
  const keys = Object.keys(laidOut);
  return keys.length === 1 && typeof laidOut.column === 'string' ? laidOut.column : laidOut;
}

export const indexRenderers: Pick<Renderers, 'createIndex' | 'dropIndex'> = {
  createIndex: ({ kind: _kind, name, table, columns, ...options }) =>
    facadeCall(
      'createIndex',
      [name, table, columns.map(indexElement)],
      ordered(options, createIndexShape),
    ),
  dropIndex: ({ kind: _kind, name, ...options }, render) =>
    facadeCall('dropIndex', [name], ordered(definitionIf(options, render), dropIndexShape)),
};
