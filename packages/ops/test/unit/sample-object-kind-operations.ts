import type { ObjectKinds, OperationOf } from '@retort/ops';

/** Samples of the exclusion-constraint, row-level-security, policy and role operations. */
export const objectKindSamples: { [K in ObjectKinds]: OperationOf<K> } = {
  createExclusionConstraint: {
    kind: 'createExclusionConstraint',
    name: 'no_overlap',
    table: 'bookings',
    schema: 'app',
    expression: 'USING gist (during WITH &&)',
    deferrable: true,
    initiallyDeferred: true,
  },
  setRowLevelSecurity: { kind: 'setRowLevelSecurity', table: 'order', enabled: true },
  createPolicy: {
    kind: 'createPolicy',
    name: 'own rows',
    table: 'order',
    as: 'restrictive',
    for: 'update',
    to: ['app user', 'current_user', 'public'],
    using: '(owner = CURRENT_USER)',
    withCheck: '(owner = CURRENT_USER)',
  },
  alterPolicy: {
    kind: 'alterPolicy',
    name: 'own rows',
    table: 'order',
    to: ['reader'],
    using: '(id > 1)',
    existing: { to: ['public'], using: '(id > 0)' },
  },
  dropPolicy: {
    kind: 'dropPolicy',
    name: 'own rows',
    table: 'order',
    definition: { for: 'select', using: '(id > 0)' },
  },
  createRole: { kind: 'createRole', name: 'app"admin', createDb: true, inherit: false },
  alterRole: {
    kind: 'alterRole',
    name: 'reader',
    createRole: true,
    existing: { createRole: false },
  },
  dropRole: { kind: 'dropRole', name: 'reader', definition: { createDb: true } },
};
