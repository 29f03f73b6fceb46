import { RetortError } from '@retort/errors';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RevisionGraph } from '../graph/revision-graph';
import { cachedHeaders, HEADER_CACHE_MIN_FILES } from './header-cache';
import { readRevisionFile } from './read-revision-file';
import type { RevisionHeader } from './revision-header';

/** The migration files of a project, read as headers and linked into a graph. */
export interface ScriptDirectory {
  readonly versionDirs: readonly string[];
  readonly headers: readonly RevisionHeader[];
  readonly graph: RevisionGraph;
}

const MIGRATION_FILE = /\.(?:ts|js|mts|mjs)$/;
const DECLARATION_FILE = /\.d\.(?:ts|mts)$/;

/** Whether a directory entry name is a migration file (not `.d.ts`, not `_private`, not `.hidden`). */
export function isMigrationFileName(name: string): boolean {
  return (
    MIGRATION_FILE.test(name) &&
    !DECLARATION_FILE.test(name) &&
    !name.startsWith('_') &&
    !name.startsWith('.')
  );
}

/** Migration files of one version directory (not recursive), sorted by name. */
export function listMigrationFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
    throw new RetortError(
      'MISSING_VERSION_DIR',
      `The migrations directory ${dir} does not exist.`,
      {
        hint: 'Run `retort init` to create it, or fix `migrations` in retort.config.ts.',
        cause,
      },
    );
  }
  return entries
    .filter((entry) => !entry.isDirectory() && isMigrationFileName(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads every migration file's header in the version directories (Alembic's
 * version_locations, in the given order) and builds the revision graph. Files are read
 * synchronously and only up to their header exports; nothing is imported. Directories of
 * many files reuse the headers of unchanged files from the header cache.
 */
export function loadScriptDirectory(
  versionDirs: readonly string[],
  options: { cacheDir?: string } = {},
): ScriptDirectory {
  const headers: RevisionHeader[] = [];
  for (const dir of versionDirs) {
    const files = listMigrationFiles(dir);
    if (files.length >= HEADER_CACHE_MIN_FILES) {
      headers.push(...cachedHeaders(dir, files, readRevisionFile, options.cacheDir));
    } else {
      for (const file of files) headers.push(readRevisionFile(file));
    }
  }
  return { versionDirs, headers, graph: RevisionGraph.fromHeaders(headers) };
}
