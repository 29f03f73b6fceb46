import { RetortError } from '@retort/errors';
import type { Queryable } from '../drivers/driver';
import { qualifiedVersionTable, type VersionTableName } from '../version/version-table';

/**
 * A session-level PostgreSQL advisory lock keyed on the version table's name: every retort run
 * against the same version table serialises on it, whatever its transaction mode.
 */
export async function acquireMigrationLock(
  db: Queryable,
  table: VersionTableName,
  wait: { timeoutMs: number; onWaiting?: (message: string) => void },
): Promise<() => Promise<void>> {
  const key = `retort:${qualifiedVersionTable(table)}`;
  const deadline = Date.now() + wait.timeoutMs;
  let announced = false;
  for (;;) {
    const [row] = await db.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [key]);
    if (row?.ok) {
      return async () => {
        await db.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      };
    }
    if (Date.now() >= deadline) {
      throw new RetortError('LOCK_TIMEOUT', `Timed out after ${Math.round(wait.timeoutMs / 1000)} s waiting for another retort run on ${qualifiedVersionTable(table)} to finish.`, {
        hint: 'Wait for the other run, or raise --lock-timeout (seconds). A crashed run releases the lock when its connection closes.',
      });
    }
    if (!announced) {
      wait.onWaiting?.(`Another retort run holds the migration lock on ${qualifiedVersionTable(table)}; waiting (up to ${Math.round(wait.timeoutMs / 1000)} s)…`);
      announced = true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
