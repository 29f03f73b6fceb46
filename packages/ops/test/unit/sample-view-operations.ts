import type { OperationOf, ViewKinds } from '@retort/ops';

/** Samples of the view and materialized-view operations. */
export const viewKindSamples: { [K in ViewKinds]: OperationOf<K> } = {
  createView: {
    kind: 'createView',
    name: 'active users',
    schema: 'app',
    definition: "SELECT id, name FROM app.users WHERE (name <> 'x')",
    with: { security_barrier: 'true' },
  },
  dropView: {
    kind: 'dropView',
    name: 'order',
    definition: { definition: 'SELECT 1 AS one', with: { check_option: 'local' } },
  },
  createMaterializedView: {
    kind: 'createMaterializedView',
    name: 'totals',
    definition: 'SELECT sum(amount) AS total FROM orders',
    using: 'heap2',
    with: { fillfactor: '80' },
    withNoData: true,
  },
  dropMaterializedView: {
    kind: 'dropMaterializedView',
    name: 'totals',
    schema: 'app',
    definition: { definition: 'SELECT 1 AS one', withNoData: true },
  },
};
