import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A new PGlite data directory runs initdb, which takes seconds; copying an initialised one takes
 * milliseconds. The first database created on a machine (per PGlite version) is therefore
 * initialised in the cache folder (`RETORT_CACHE_DIR`, else the OS temp folder) and kept there
 * as a template; every new data directory starts as a copy of it. The template is never
 * required: when it cannot be written, PGlite initialises the directory itself.
 */
export async function seedNewDataDir(dataDir: string, initialise: (dir: string) => Promise<void>): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) return;
  const template = join(process.env.RETORT_CACHE_DIR || join(tmpdir(), 'retort-cache'), `pglite-template-${pgliteVersion()}`);
  if (!existsSync(join(template, 'PG_VERSION'))) {
    let staging: string | undefined;
    try {
      mkdirSync(dirname(template), { recursive: true });
      staging = mkdtempSync(`${template}-staging-`);
      await initialise(staging);
      renameSync(staging, template);
    } catch {
      // another process's template won the race, or the cache folder is not writable
      if (staging) rmSync(staging, { recursive: true, force: true });
      if (!existsSync(join(template, 'PG_VERSION'))) return;
    }
  }
  cpSync(template, dataDir, { recursive: true });
}

/** The installed PGlite's version (its package.json, found from its entry point). */
function pgliteVersion(): string {
  let dir = dirname(require.resolve('@electric-sql/pglite'));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === '@electric-sql/pglite') return String(pkg.version);
  }
  return 'unknown';
}
