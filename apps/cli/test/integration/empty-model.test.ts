import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { runCli } from '../support/cli-project';

const DRIZZLE_MODULES = resolve(__dirname, '../../../examples/drizzle/node_modules');
const TASKS = `import { integer, pgTable, text } from 'drizzle-orm/pg-core';\nexport const tasks = pgTable('tasks', { id: integer('id').primaryKey(), title: text('title') });\n`;
const NOTHING = `export const notATable = 1;\n`;

describe.each(testTargets())('an empty model on $name', (target) => {
  let dir: string;
  let db: IsolatedDatabase;
  const run = (...args: string[]) => runCli(args, { cwd: dir });
  const revisions = () => readdirSync(join(dir, 'migrations', 'versions')).filter((f) => f.endsWith('.ts'));
  beforeEach(async () => {
    db = await target.create();
    dir = mkdtempSync(join(tmpdir(), 'retort-empty-'));
    symlinkSync(DRIZZLE_MODULES, join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
    writeFileSync(join(dir, 'retort.config.ts'), `export default { url: ${JSON.stringify(db.url)}, schema: { drizzle: './schema.ts' } };\n`);
  }, 300_000);
  afterEach(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.dispose();
  }, 300_000);

  it('on a first run, a model that loads nothing is refused (nothing written) unless --allow-empty-model', async () => {
    writeFileSync(join(dir, 'schema.ts'), NOTHING);
    const refused = await run('revision', '--autogenerate', '-m', 'first');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/EMPTY_MODEL|Refusing an empty model/);
    expect(refused.stderr).toMatch(/--allow-empty-model/);
    expect(revisions()).toEqual([]);
    const allowed = await run('check', '--allow-empty-model');
    expect(allowed.code).toBe(0);
  }, 300_000);

  it('once revisions built the database, the last table can leave the model: upgrade, check clean, downgrade -1 restores it', async () => {
    writeFileSync(join(dir, 'schema.ts'), TASKS);
    for (const args of [['revision', '--autogenerate', '-m', 'v1'], ['upgrade', 'head']]) {
      const r = await run(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 0 });
    }
    writeFileSync(join(dir, 'schema.ts'), NOTHING);
    const generated = await run('revision', '--autogenerate', '-m', 'drop everything');
    expect(generated.code).toBe(0);
    expect(revisions()).toHaveLength(2);
    expect((await run('upgrade', 'head')).code).toBe(0);
    const clean = await run('check');
    expect(clean.code).toBe(0);
    expect((await run('downgrade', '-1')).code).toBe(0);
    // one revision behind head: check refuses (exit 3) and names the pending revision
    const back = await run('check');
    expect(back.code).toBe(3);
    expect(back.stderr).toMatch(/not up to date[\s\S]*drop everything/);
    // upgrading again drops the table once more, and the empty model agrees
    expect((await run('upgrade', 'head')).code).toBe(0);
    expect((await run('check')).code).toBe(0);
  }, 400_000); // seven CLI runs
});
