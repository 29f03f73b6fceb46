import {
  compileOperation,
  type Operation,
  type OperationExecutor,
  type Statement,
} from '@retort/ops';
import { outsideBlockError } from './transaction-boundaries';

/** How statements reach the database (or the script) and how transactions open and close. */
export interface TransactionControl {
  inTransaction(): boolean;
  begin(): Promise<void>;
  commit(): Promise<void>;
  /** `op` is the operation the statement belongs to (for retries). */
  emit(statement: Statement, op: Operation): Promise<void>;
  /** The migration ran op.setLockTimeout(): later transactions of its revision keep that value. */
  lockTimeoutSet?(timeout: string): void;
  /** Called inside the open transaction just before an autocommit block commits it. */
  beforeAutocommit(): Promise<void>;
}

/**
 * Compiles operations and emits their statements. Nothing commits implicitly: a statement
 * PostgreSQL refuses inside a transaction (CREATE INDEX CONCURRENTLY) is an error unless the
 * migration wrapped it in `op.autocommitBlock()`, which (as Alembic's autocommit_block) commits
 * the transaction so far, runs the block on its own and begins a new transaction. The runner
 * checks the whole plan for such statements first; the check here is the last line of defence.
 * The live run and the offline `--sql` script share this.
 */
export function autocommitExecutor(tx: TransactionControl): OperationExecutor {
  let depth = 0;
  return {
    async run(op) {
      for (const statement of compileOperation(op)) {
        if (!statement.transactional && depth === 0) throw outsideBlockError(op, statement, null);
        await tx.emit(statement, op);
      }
      if (op.kind === 'setLockTimeout') tx.lockTimeoutSet?.(op.timeout);
    },
    async autocommitBlock<T>(fn: () => Promise<T>): Promise<T> {
      const reopen = depth === 0 && tx.inTransaction();
      if (reopen) {
        await tx.beforeAutocommit();
        await tx.commit();
      }
      depth += 1;
      try {
        return await fn();
      } finally {
        depth -= 1;
        if (reopen) await tx.begin();
      }
    },
  };
}
