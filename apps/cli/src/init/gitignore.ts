import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTRY = '.retort/';

/** The .gitignore with `.retort/` (the embedded database's folder) added, or null when it is already ignored. */
export function gitignoreWithRetort(dir: string): { path: string; content: string } | null {
  const path = join(dir, '.gitignore');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const lines = current.split(/\r?\n/).map((l) => l.trim());
  if (lines.some((l) => l === '.retort' || l === '.retort/' || l === '/.retort' || l === '/.retort/')) return null;
  const separator = current === '' || current.endsWith('\n') ? '' : '\n';
  return { path, content: `${current}${separator}# retort's embedded PostgreSQL (PGlite) data\n${ENTRY}\n` };
}
