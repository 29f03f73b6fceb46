import type { OperationOf } from '@retort/ops';
import { viewKindSamples as s } from '../../../ops/test/unit/sample-view-operations';

type Cases<K extends keyof typeof s> = { [P in K]: [OperationOf<P>, string][] };

/** Exact renderings of the view and materialized-view operations. */
export const viewKindCases: Cases<keyof typeof s> = {
  createView: [
    [
      s.createView,
      "await op.createView('active users', 'SELECT id, name FROM app.users WHERE (name <> \\'x\\')', { schema: 'app', with: { security_barrier: 'true' } });",
    ],
    [
      {
        kind: 'createView',
        name: 'v',
        definition: 'SELECT 2 AS two',
        orReplace: true,
        existing: { definition: 'SELECT 1 AS two' },
      },
      "await op.createView('v', 'SELECT 2 AS two', { orReplace: true, existing: { definition: 'SELECT 1 AS two' } });",
    ],
  ],
  dropView: [[s.dropView, "await op.dropView('order');"]],
  createMaterializedView: [
    [
      s.createMaterializedView,
      "await op.createMaterializedView('totals', 'SELECT sum(amount) AS total FROM orders', { using: 'heap2', with: { fillfactor: '80' }, withNoData: true });",
    ],
  ],
  dropMaterializedView: [
    [s.dropMaterializedView, "await op.dropMaterializedView('totals', { schema: 'app' });"],
  ],
};
