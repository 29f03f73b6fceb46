import { isAbsolute, resolve } from 'node:path';
import { RetortError, maskUrl } from '@retort/errors';

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; displayUrl: string }
  | { kind: 'pglite'; dataDir: string | null; displayUrl: string };

/**
 * Parses a database URL. `pglite://memory` is an in-memory PGlite, `pglite://PATH` a data
 * directory (relative paths resolve against `baseDir`), `postgres://`/`postgresql://` a server.
 */
export function parseDatabaseUrl(url: string, baseDir: string): DatabaseTarget {
  const trimmed = url.trim();
  if (trimmed.startsWith('pglite://')) {
    const path = trimmed.slice('pglite://'.length);
    if (path === '' ) {
      throw new RetortError('BAD_DATABASE_URL', 'The PGlite URL "pglite://" names no data directory.', {
        hint: 'Use pglite://./.retort/db for a directory next to retort.config.ts, or pglite://memory.',
      });
    }
    if (path === 'memory') return { kind: 'pglite', dataDir: null, displayUrl: trimmed };
    const dataDir = isAbsolute(path) ? path : resolve(baseDir, path);
    return { kind: 'pglite', dataDir, displayUrl: `pglite://${dataDir}` };
  }
  if (/^postgres(ql)?:\/\//i.test(trimmed)) {
    return { kind: 'postgres', url: trimmed, displayUrl: maskUrl(trimmed) };
  }
  throw new RetortError('BAD_DATABASE_URL', `Unsupported database URL "${maskUrl(trimmed)}".`, {
    hint: 'retort speaks PostgreSQL: use postgres://user:password@host:5432/db, or pglite://PATH for the embedded database.',
  });
}
