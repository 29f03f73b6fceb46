import { RetortError } from '@retort/errors';
import type { Queryable } from '../drivers/driver';
import { waitForLock, type LockWaitOptions } from '../drivers/wait-for-lock';
import { qualifiedVersionTable, type VersionTableName } from '../version/version-table';

/**
 * A session-level PostgreSQL advisory lock keyed on the version table's name: every retort run
 * against the same version table serialises on it, whatever its transaction mode.
 */
export function acquireMigrationLock(db: Queryable, table: VersionTableName, wait: LockWaitOptions): Promise<() => Promise<void>> {
  const key = `retort:${qualifiedVersionTable(table)}`;
  const seconds = Math.round(wait.timeoutMs / 1000);
  return waitForLock(
    async () => {
      const [row] = await db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [key]);
      if (!row?.ok) return null;
      return async () => {
        await db.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      };
    },
    wait,
    {
      intervalMs: 200,
      waiting: `Another retort run holds the migration lock on ${qualifiedVersionTable(table)}; waiting (up to ${seconds} s)…`,
      timedOut: () =>
        new RetortError('LOCK_TIMEOUT', `Timed out after ${seconds} s waiting for another retort run on ${qualifiedVersionTable(table)} to finish.`, {
          hint: 'Wait for the other run, or raise --lock-timeout (seconds). A crashed run releases the lock when its connection closes.',
        }),
    },
  );
}
