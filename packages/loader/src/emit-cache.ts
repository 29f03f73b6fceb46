import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Emitted JavaScript (and what the keys need to know about files) remembered between runs, one file per key under the OS temp folder
 * (`RETORT_CACHE_DIR` overrides it; never the user's repository). Entries are written
 * atomically; a cache that cannot be read or written is simply not used.
 */
export function emitCacheDir(): string {
  return join(process.env.RETORT_CACHE_DIR || join(tmpdir(), 'retort-cache'), 'loader');
}

function entryPath(key: string): string {
  return join(emitCacheDir(), key.slice(0, 2), key);
}

export function readCached(key: string): string | undefined {
  try {
    return readFileSync(entryPath(key), 'utf8');
  } catch {
    return undefined;
  }
}

const made = new Set<string>();

export function writeCached(key: string, code: string): void {
  const path = entryPath(key);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const dir = join(emitCacheDir(), key.slice(0, 2));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(temporary, code);
    renameSync(temporary, path);
  } catch {
    // an unwritable cache only costs speed
  }
}
