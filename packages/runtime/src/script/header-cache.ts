import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RevisionHeader } from './revision-header';

/**
 * Headers of a large version directory, remembered between runs. Reading ten thousand files
 * costs more than `stat`-ing them, so a file whose size, mtime, ctime and inode are unchanged
 * reuses the header read last time; anything else is read again. The cache lives in the OS
 * temp folder (never in the user's repository), is written atomically, and a cache that
 * cannot be read or written is simply not used.
 */
const FORMAT = 1;
/** Below this many files reading them is as cheap as the cache. */
export const HEADER_CACHE_MIN_FILES = 200;

interface Entry {
  stamp: string;
  header: RevisionHeader;
}
interface CacheFile {
  format: number;
  dir: string;
  entries: Record<string, Entry>;
}

const stampOf = (s: Stats) => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;

export function defaultCacheDir(): string {
  return process.env.RETORT_CACHE_DIR || join(tmpdir(), 'retort-header-cache');
}

function cachePath(cacheDir: string, versionDir: string): string {
  return join(cacheDir, `${createHash('sha1').update(versionDir).digest('hex')}.json`);
}

function readCache(path: string, versionDir: string): Record<string, Entry> {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    return data.format === FORMAT && data.dir === versionDir ? data.entries : {};
  } catch {
    return {};
  }
}

/** Headers of `files` (in order), through the cache; `read` reads one file that changed. */
export function cachedHeaders(
  versionDir: string,
  files: readonly string[],
  read: (file: string) => RevisionHeader,
  cacheDir: string = defaultCacheDir(),
): RevisionHeader[] {
  const path = cachePath(cacheDir, versionDir);
  const old = readCache(path, versionDir);
  const entries: Record<string, Entry> = {};
  let changed = Object.keys(old).length !== files.length;
  const headers = files.map((file) => {
    const stamp = stampOf(statSync(file));
    const hit = old[file];
    if (hit && hit.stamp === stamp) {
      entries[file] = hit;
      return hit.header;
    }
    changed = true;
    const header = read(file);
    entries[file] = { stamp, header };
    return header;
  });
  if (changed) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ format: FORMAT, dir: versionDir, entries } satisfies CacheFile));
      renameSync(tmp, path);
    } catch {
      // a read-only or full temp folder only costs speed
    }
  }
  return headers;
}
