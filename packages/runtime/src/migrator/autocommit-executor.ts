import { compileOperation, type OperationExecutor, type Statement } from '@retort/ops';

/** How statements reach the database (or the script) and how transactions open and close. */
export interface TransactionControl {
  inTransaction(): boolean;
  begin(): Promise<void>;
  commit(): Promise<void>;
  emit(statement: Statement): Promise<void>;
}

/**
 * Compiles operations and emits their statements. A statement PostgreSQL refuses inside a
 * transaction (CREATE INDEX CONCURRENTLY, ALTER TYPE … ADD VALUE) gets what Alembic's
 * autocommit_block gives it: the transaction so far is committed, the statement runs on its
 * own, and a new transaction begins. The live run and the offline `--sql` script share this.
 */
export function autocommitExecutor(tx: TransactionControl): OperationExecutor {
  let autocommit = false;
  const executor: OperationExecutor = {
    async run(op) {
      for (const statement of compileOperation(op)) {
        if (!statement.transactional && tx.inTransaction() && !autocommit) {
          await executor.autocommitBlock(() => tx.emit(statement));
        } else {
          await tx.emit(statement);
        }
      }
    },
    async autocommitBlock<T>(fn: () => Promise<T>): Promise<T> {
      if (autocommit) return fn();
      const reopen = tx.inTransaction();
      if (reopen) await tx.commit();
      autocommit = true;
      try {
        return await fn();
      } finally {
        autocommit = false;
        if (reopen) await tx.begin();
      }
    },
  };
  return executor;
}
