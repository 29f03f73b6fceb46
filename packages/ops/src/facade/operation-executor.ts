import type { Operation } from '../operations/operation';

/** What the `op` facade hands its operations to: the runtime's migrator, or a recorder. */
export interface OperationExecutor {
  run(op: Operation): Promise<void>;
  /** Runs `fn` outside the migration's transaction (Alembic's `autocommit_block`). */
  autocommitBlock<T>(fn: () => Promise<T>): Promise<T>;
}

export interface OperationsContext {
  /** The `-x KEY=VALUE` arguments of the command line. */
  args: Readonly<Record<string, string>>;
  /** `true` when the migration renders an SQL script instead of touching a database. */
  offline: boolean;
}
