import type { Driver } from './driver';
import { parseDatabaseUrl } from './database-url';
import type { LockWaitOptions } from './file-lock';
import { openPostgresDriver } from './postgres-driver';
import { openPgliteDriver } from './pglite-driver';

/** Opens the driver a URL names; drivers are loaded lazily so a command pays only for its own. */
export async function openDriver(url: string, options: { baseDir: string; wait: LockWaitOptions; connectTimeoutS?: number }): Promise<Driver> {
  const target = parseDatabaseUrl(url, options.baseDir);
  if (target.kind === 'postgres') return openPostgresDriver(target.url, target.displayUrl, options.connectTimeoutS ?? 10);
  return openPgliteDriver(target.dataDir, target.displayUrl, options.wait);
}
