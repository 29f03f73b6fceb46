import { mkdirSync } from 'node:fs';
import { RetortError } from '@retort/errors';
import type { Driver } from './driver';
import { acquireFileLock, type LockWaitOptions } from './file-lock';
import { openPglite, reopenWithExtensions } from './pglite-contrib';
import { seedNewDataDir } from './pglite-template';

/**
 * The embedded PostgreSQL. A PGlite data directory can be opened by one process at a time, so
 * the driver holds an exclusive lock file next to it for as long as it is open; a second
 * process waits for it (bounded by the lock timeout) instead of corrupting the directory.
 * The contrib extensions the database has installed are loaded when it opens; those a
 * migration run creates are loaded before it starts (`loadExtensions`).
 */
export async function openPgliteDriver(
  dataDir: string | null,
  displayUrl: string,
  wait: LockWaitOptions,
): Promise<Driver> {
  const release = dataDir ? await acquireFileLock(`${dataDir}.lock`, dataDir, wait) : () => {};
  try {
    if (dataDir) {
      await seedNewDataDir(dataDir, async (dir) => (await openPglite(dir)).db.close());
      mkdirSync(dataDir, { recursive: true });
    }
    const opened = await openPglite(dataDir);
    let db = opened.db;
    return {
      kind: 'pglite',
      displayUrl,
      enforcesTimeouts: false,
      async query<R>(sql: string, params: readonly unknown[] = []) {
        return (await db.query(sql, params as unknown[])).rows as R[];
      },
      async exec(sql: string) {
        await db.exec(sql);
      },
      async loadExtensions(names) {
        db = await reopenWithExtensions(db, dataDir, opened.loaded, names);
      },
      async close() {
        try {
          await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    if (error instanceof RetortError) throw error;
    throw new RetortError('DATABASE_UNREACHABLE', `Could not open the embedded database at ${displayUrl}: ${String((error as Error)?.message ?? error)}`, {
      hint: 'Is the directory a PGlite data directory written by a compatible version? Move it aside to start afresh.',
      cause: error,
    });
  }
}
