import { compact } from './compact';
import { IrreversibleOperationError } from './irreversible-operation-error';
import type { Operation, OperationOf } from './operations/operation';
import type { ViewKinds } from './operations/view-ops';

type Reversers = { [K in ViewKinds]: (op: OperationOf<K>) => Operation };

function missingDefinition(kind: ViewKinds, what: string): never {
  throw new IrreversibleOperationError(kind, `${what} was dropped without its definition`);
}

/** Reversers of the view and materialized-view operations. */
export const reverseViewOps: Reversers = {
  createView: ({ name, schema, definition, with: options, orReplace, existing }) => {
    if (orReplace !== true) {
      return compact({
        kind: 'dropView',
        name,
        schema,
        definition: compact({ definition, with: options }),
      });
    }
    if (existing === undefined) {
      throw new IrreversibleOperationError(
        'createView',
        `the view ${name} that CREATE OR REPLACE replaced is not known`,
        'Pass `existing` (the previous definition) so that the downgrade can restore it.',
      );
    }
    return compact({
      kind: 'createView',
      name,
      schema,
      ...existing,
      orReplace: true,
      existing: compact({ definition, with: options }),
    });
  },
  dropView: ({ name, schema, definition }) =>
    definition === undefined
      ? missingDefinition('dropView', `view ${name}`)
      : compact({ kind: 'createView', name, schema, ...definition }),
  createMaterializedView: ({ kind: _k, name, schema, ...definition }) =>
    compact({ kind: 'dropMaterializedView', name, schema, definition: compact(definition) }),
  dropMaterializedView: ({ name, schema, definition }) =>
    definition === undefined
      ? missingDefinition('dropMaterializedView', `materialized view ${name}`)
      : compact({ kind: 'createMaterializedView', name, schema, ...definition }),
};
