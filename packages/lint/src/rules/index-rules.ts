import type { Checks } from './rule-check';
import { tableLabel } from './table-state';

const CONCURRENT_HINT =
  'Pass { concurrently: true } and run it inside `await op.autocommitBlock(async () => { … })` (CONCURRENTLY cannot run in a transaction).';

/** `concurrent-index`: a plain CREATE/DROP INDEX blocks writes to an existing table while it runs. */
export const indexChecks: Checks = {
  createIndex: (op, state) => {
    const table = { schema: op.schema, name: op.table };
    if (op.concurrently === true || state.isNew(table)) return [];
    return [
      {
        rule: 'concurrent-index',
        message: `CREATE INDEX ${op.name} on existing table ${tableLabel(table)} blocks writes to it until the index is built.`,
        hint: CONCURRENT_HINT,
        table,
      },
    ];
  },
  dropIndex: (op, state) => {
    const table = op.table === undefined ? undefined : { schema: op.schema, name: op.table };
    const newIndex = state.createdIndexes.has(`${op.schema ?? 'public'}.${op.name}`);
    if (op.concurrently === true || newIndex || (table && state.isNew(table))) return [];
    const on = table ? ` on ${tableLabel(table)}` : '';
    return [
      {
        rule: 'concurrent-index',
        message: `DROP INDEX ${op.name}${on} takes an ACCESS EXCLUSIVE lock on the table, blocking reads and writes.`,
        hint: CONCURRENT_HINT,
        ...(table ? { table } : {}),
      },
    ];
  },
};
