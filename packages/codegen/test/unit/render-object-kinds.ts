import type { OperationOf } from '@retort/ops';
import { objectKindSamples as s } from '../../../ops/test/unit/sample-object-kind-operations';

type Cases<K extends keyof typeof s> = { [P in K]: [OperationOf<P>, string][] };

/** Exact renderings of the exclusion-constraint, row-level-security, policy and role operations. */
export const objectKindCases: Cases<keyof typeof s> = {
  createExclusionConstraint: [
    [
      s.createExclusionConstraint,
      "await op.createExclusionConstraint('no_overlap', 'bookings', 'USING gist (during WITH &&)', { schema: 'app', deferrable: true, initiallyDeferred: true });",
    ],
  ],
  setRowLevelSecurity: [
    [s.setRowLevelSecurity, "await op.enableRowLevelSecurity('order');"],
    [
      { kind: 'setRowLevelSecurity', table: 't', schema: 'app', enabled: false },
      "await op.disableRowLevelSecurity('t', { schema: 'app' });",
    ],
  ],
  createPolicy: [
    [
      s.createPolicy,
      "await op.createPolicy('own rows', 'order', { as: 'restrictive', for: 'update', to: ['app user', 'current_user', 'public'], using: '(owner = CURRENT_USER)', withCheck: '(owner = CURRENT_USER)' });",
    ],
    [
      { kind: 'createPolicy', name: 'p', table: 't', as: 'permissive', for: 'all' },
      "await op.createPolicy('p', 't');",
    ],
  ],
  alterPolicy: [
    [
      s.alterPolicy,
      "await op.alterPolicy('own rows', 'order', { to: ['reader'], using: '(id > 1)', existing: { to: ['public'], using: '(id > 0)' } });",
    ],
  ],
  dropPolicy: [[s.dropPolicy, "await op.dropPolicy('own rows', 'order');"]],
  createRole: [
    [s.createRole, "await op.createRole('app\"admin', { createDb: true, inherit: false });"],
  ],
  alterRole: [
    [
      s.alterRole,
      "await op.alterRole('reader', { createRole: true, existing: { createRole: false } });",
    ],
  ],
  dropRole: [[s.dropRole, "await op.dropRole('reader');"]],
};
