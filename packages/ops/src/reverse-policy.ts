import { compact } from './compact';
import { IrreversibleOperationError } from './irreversible-operation-error';
import type { ObjectKinds as Kinds } from './operations/object-kinds';
import type { Operation, OperationOf } from './operations/operation';

type Reversers = { [K in Kinds]: (op: OperationOf<K>) => Operation };

function unknownPrevious(kind: Kinds, what: string): never {
  throw new IrreversibleOperationError(
    kind,
    `the previous state of ${what} is not known`,
    'Pass `existing` (the values before the change) so that the downgrade can restore them.',
  );
}

function missingDefinition(kind: Kinds, what: string): never {
  throw new IrreversibleOperationError(kind, `${what} was dropped without its definition`);
}

/** Reversers of the exclusion-constraint, row-level-security, policy and role operations. */
export const reversePolicyOps: Reversers = {
  createExclusionConstraint: ({ kind: _k, name, table, schema, ...rest }) =>
    compact({
      kind: 'dropConstraint',
      name,
      table,
      schema,
      definition: compact({ type: 'exclusion' as const, ...rest }),
    }),
  setRowLevelSecurity: ({ table, schema, enabled }) =>
    compact({ kind: 'setRowLevelSecurity', table, schema, enabled: !enabled }),
  createPolicy: ({ kind: _k, name, table, schema, ...definition }) =>
    compact({ kind: 'dropPolicy', name, table, schema, definition: compact(definition) }),
  alterPolicy: ({ name, table, schema, existing, ...changes }) => {
    if (existing === undefined) return unknownPrevious('alterPolicy', `policy ${name} on ${table}`);
    const { kind: _k, ...changed } = changes;
    return compact({ kind: 'alterPolicy', name, table, schema, ...existing, existing: changed });
  },
  dropPolicy: ({ name, table, schema, definition }) =>
    definition === undefined
      ? missingDefinition('dropPolicy', `policy ${name} on ${table}`)
      : compact({ kind: 'createPolicy', name, table, schema, ...definition }),
  createRole: ({ kind: _k, name, ...definition }) =>
    compact({ kind: 'dropRole', name, definition: compact(definition) }),
  alterRole: ({ kind: _k, name, existing, ...changes }) =>
    existing === undefined
      ? unknownPrevious('alterRole', `role ${name}`)
      : compact({ kind: 'alterRole', name, ...existing, existing: compact(changes) }),
  dropRole: ({ name, definition }) =>
    definition === undefined
      ? missingDefinition('dropRole', `role ${name}`)
      : compact({ kind: 'createRole', name, ...definition }),
};
