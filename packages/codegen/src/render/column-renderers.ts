import type { AddColumnOp, AlterColumnOp, DropColumnOp } from '@retort/ops';
import { definitionIf, facadeCall, type Renderers } from './render-call';
import { AS_IS, ordered, type Shape } from './shape';
import { columnShape, identityShape } from './spec-shapes';

const addColumnShape: Shape<Omit<AddColumnOp, 'kind' | 'table' | 'column'>> = { schema: AS_IS };

const dropColumnShape: Shape<Omit<DropColumnOp, 'kind' | 'table' | 'column'>> = {
  schema: AS_IS,
  definition: { shape: columnShape },
};

/** Every change of `alterColumn`; none has a default, since each one present is a change. */
const alterColumnShape: Shape<Omit<AlterColumnOp, 'kind' | 'table' | 'column'>> = {
  schema: AS_IS,
  type: AS_IS,
  using: AS_IS,
  nullable: AS_IS,
  default: AS_IS,
  comment: AS_IS,
  identity: { shape: identityShape },
  newName: AS_IS,
  existingType: AS_IS,
  existingNullable: AS_IS,
  existingDefault: AS_IS,
  existingComment: AS_IS,
  existingIdentity: { shape: identityShape },
};

export const columnRenderers: Pick<Renderers, 'addColumn' | 'dropColumn' | 'alterColumn'> = {
  addColumn: ({ kind: _kind, table, column, ...options }) =>
    facadeCall(
      'addColumn',
      [table, ordered(column, columnShape)],
      ordered(options, addColumnShape),
    ),
  dropColumn: ({ kind: _kind, table, column, ...options }, render) =>
    facadeCall(
      'dropColumn',
      [table, column],
      ordered(definitionIf(options, render), dropColumnShape),
    ),
  // The changes argument is required, so it is written even when it is empty.
  alterColumn: ({ kind: _kind, table, column, ...changes }) =>
    facadeCall('alterColumn', [table, column, ordered(changes, alterColumnShape)]),
};
