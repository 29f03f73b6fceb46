import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { RetortError } from '@retort/errors';
import { globFiles, isGlob } from './glob';

/**
 * Expands paths and globs (relative to `cwd`) to existing files, in the given order, each
 * once. A path or glob that matches nothing is an error (RetortError `NO_MATCHING_FILES`).
 */
export function resolveFiles(patterns: readonly string[], cwd: string, what: string): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    const matches = isGlob(pattern) ? globFiles(pattern, cwd) : existing(resolve(cwd, pattern));
    if (matches.length === 0) {
      throw new RetortError('NO_MATCHING_FILES', `The ${what} path "${pattern}" matches no file (looked in ${cwd}).`, {
        hint: `Check the ${what} setting in your retort config; paths and globs are relative to the config file.`,
      });
    }
    for (const file of matches) if (!out.includes(file)) out.push(file);
  }
  return out;
}

function existing(file: string): string[] {
  return existsSync(file) && statSync(file).isFile() ? [file] : [];
}
