import { readFileSync, cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * Creating a PGlite cluster takes seconds; copying an initialised data directory takes
 * milliseconds and reopening it about half a second. So one template is initialised per
 * machine (per PGlite version) and every test gets its own copy.
 */
const TEMPLATE = join(tmpdir(), `retort-pglite-template-${pgliteVersion()}`);

function pgliteVersion(): string {
  const own = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  return String(own.dependencies['@electric-sql/pglite']);
}

let templateReady: Promise<string> | undefined;

async function buildTemplate(): Promise<string> {
  if (existsSync(join(TEMPLATE, 'PG_VERSION'))) return TEMPLATE;
  const staging = mkdtempSync(join(tmpdir(), 'retort-pglite-staging-'));
  const db = new PGlite(staging);
  await db.query('select 1');
  await db.close();
  try {
    renameSync(staging, TEMPLATE);
  } catch {
    // another worker won the race; its template is as good as ours
    rmSync(staging, { recursive: true, force: true });
  }
  return TEMPLATE;
}

/** A fresh, private PGlite data directory (a copy of the template). Remove it with `rmSync`. */
export async function freshPgliteDir(prefix = 'retort-test-'): Promise<string> {
  templateReady ??= buildTemplate();
  const template = await templateReady;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(template, dir, { recursive: true });
  return dir;
}
