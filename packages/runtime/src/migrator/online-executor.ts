import { compileOperation, type Operation, type OperationExecutor } from '@retort/ops';
import type { MigrationSession } from './migration-session';

/**
 * Runs operations on the live connection. A statement PostgreSQL refuses inside a transaction
 * (CREATE INDEX CONCURRENTLY) gets what Alembic's autocommit_block gives it: the current
 * transaction is committed, the statement runs on its own, and a new transaction begins.
 */
export function onlineExecutor(session: MigrationSession): OperationExecutor {
  let autocommit = false;
  const executor: OperationExecutor = {
    async run(op: Operation) {
      for (const statement of compileOperation(op)) {
        if (!statement.transactional && session.inTransaction && !autocommit) {
          await executor.autocommitBlock(() => session.run(statement.sql, statement.params));
        } else {
          await session.run(statement.sql, statement.params);
        }
      }
    },
    async autocommitBlock<T>(fn: () => Promise<T>): Promise<T> {
      if (autocommit) return fn();
      const reopen = session.inTransaction;
      if (reopen) await session.commit();
      autocommit = true;
      try {
        return await fn();
      } finally {
        autocommit = false;
        if (reopen) await session.begin();
      }
    },
  };
  return executor;
}
