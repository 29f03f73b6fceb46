import { quoteIdent, type Operation, type Statement } from '@retort/ops';
import type { MigrationSession } from './migration-session';

/** One retry of a statement that failed on lock_timeout, as progress output reports it. */
export interface LockRetry {
  revision: string | null;
  sql: string;
  /** The try that failed, from 1. */
  attempt: number;
  tries: number;
  delayMs: number;
}

export interface RetryPolicy {
  /** Tries in all (1 = no retry). */
  tries: number;
  /** Wait before try n+1 after try n failed. */
  delayMs(attempt: number): number;
  onRetry?(retry: LockRetry): void;
}

/** 0.5 s, 1 s, 2 s, … capped at 10 s. */
export const backoff = (attempt: number): number => Math.min(500 * 2 ** (attempt - 1), 10_000);

const LOCK_NOT_AVAILABLE = '55P03';
const SAVEPOINT = 'retort_lock_retry';

export function isLockTimeout(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === LOCK_NOT_AVAILABLE;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A CREATE INDEX CONCURRENTLY that timed out after its first phase leaves an invalid index of
 * that name; dropping it (concurrently) lets the retry build it again.
 */
async function dropLeftover(session: MigrationSession, op: Operation): Promise<void> {
  if (op.kind !== 'createIndex' || op.concurrently !== true) return;
  const rows = await session.driver.query<{ name: string }>(
    `select quote_ident(n.nspname) || '.' || quote_ident(c.relname) as name from pg_index i
     join pg_class c on c.oid = i.indexrelid join pg_namespace n on n.oid = c.relnamespace
     where not i.indisvalid and c.relname = $1 and n.nspname = coalesce($2, current_schema())`,
    [op.name, op.schema ?? null],
  );
  for (const row of rows) await session.run(`DROP INDEX CONCURRENTLY IF EXISTS ${row.name}`);
}

/**
 * Runs one statement, retrying it while it fails on lock_timeout (SQLSTATE 55P03). Only what
 * was rolled back is retried: inside a transaction the statement runs behind a savepoint and a
 * failure rolls back to it (the work before it stays, uncommitted); outside one (an autocommit
 * block) the failed statement was its own transaction. Nothing committed runs twice.
 */
export async function runWithLockRetry(
  session: MigrationSession,
  statement: Statement,
  op: Operation,
  policy: RetryPolicy,
  revision: string | null,
): Promise<void> {
  if (policy.tries <= 1) return session.run(statement.sql, statement.params);
  for (let attempt = 1; ; attempt++) {
    const guarded = session.inTransaction;
    if (guarded) await session.run(`SAVEPOINT ${quoteIdent(SAVEPOINT)}`);
    try {
      await session.run(statement.sql, statement.params);
      if (guarded) await session.run(`RELEASE SAVEPOINT ${quoteIdent(SAVEPOINT)}`);
      return;
    } catch (error) {
      if (!isLockTimeout(error) || attempt >= policy.tries) throw error;
      const failedSql = session.currentSql;
      if (guarded) await session.run(`ROLLBACK TO SAVEPOINT ${quoteIdent(SAVEPOINT)}`);
      else await dropLeftover(session, op);
      const delayMs = policy.delayMs(attempt);
      policy.onRetry?.({
        revision,
        sql: failedSql ?? statement.sql,
        attempt,
        tries: policy.tries,
        delayMs,
      });
      await sleep(delayMs);
    }
  }
}
