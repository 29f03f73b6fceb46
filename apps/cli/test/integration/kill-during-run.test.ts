import { spawn } from 'node:child_process';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { BIN, CliProject } from '../support/cli-project';
import { withDb } from '../support/db';

const R1 = 'aaaaaaaaaaa1';
const R2 = 'bbbbbbbbbbb2';
const R3 = 'ccccccccccc3';
/** 20 trials in all, shared between the targets (the server's runs are the cheaper ones). */
const trialsOn = (name: string) => (testTargets().length === 1 ? 20 : name === 'pglite' ? 8 : 12);

interface Observed {
  rows: string[];
  t1: string[] | null;
  t3: boolean;
}

/** Version rows (a dirty row as "R:up") and the schema the three revisions touch. */
async function observe(url: string): Promise<Observed> {
  return withDb(url, async (c) => {
    const [vt] = await c.query<{ t: string | null }>(`select to_regclass('retort_version')::text as t`);
    const rows = vt?.t
      ? (await c.query<{ version_num: string; dirty: string | null }>('select version_num, dirty from retort_version order by 1')).map((r) =>
          r.dirty ? `${r.version_num}:${r.dirty}` : r.version_num,
        )
      : [];
    const cols = await c.query<{ c: string }>(`select column_name as c from information_schema.columns where table_schema = 'public' and table_name = 't1' order by ordinal_position`);
    const [t3] = await c.query<{ t: string | null }>(`select to_regclass('public.t3')::text as t`);
    return { rows, t1: cols.length ? cols.map((r) => r.c) : null, t3: t3?.t != null };
  });
}

/** The schema each version-table state promises; a dirty R2 has committed exactly its first column. */
const EXPECTED: Record<string, Omit<Observed, 'rows'>> = {
  '': { t1: null, t3: false },
  [R1]: { t1: ['id'], t3: false },
  [`${R1},${R2}:up`]: { t1: ['id', 'a'], t3: false },
  [R2]: { t1: ['id', 'a', 'b'], t3: false },
  [R3]: { t1: ['id', 'a', 'b'], t3: true },
};

/** Starts `upgrade head`, and kills it (SIGKILL) `delayMs` after it announces its first revision. */
function upgradeAndKill(cwd: string, url: string, delayMs: number): Promise<{ killed: boolean; code: number | null; runningMs: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'upgrade', 'head', '--url', url], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let armedAt = 0;
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => {
      if (armedAt || !chunk.toString().includes('Running upgrade')) return;
      armedAt = Date.now();
      setTimeout(() => {
        killed = child.kill('SIGKILL');
      }, delayMs);
    });
    child.on('error', fail);
    child.on('close', (code) => done({ killed: killed && code === null, code, runningMs: armedAt ? Date.now() - armedAt : 0 }));
  });
}

describe.each(testTargets())('kill -9 during an upgrade with an autocommit block on $name', (target) => {
  let project: CliProject;
  const databases: IsolatedDatabase[] = [];

  beforeAll(() => {
    project = new CliProject('pglite://memory');
    project.writeRevision({
      rev: R1,
      message: 'table',
      upgrade: `await op.createTable('t1', { columns: [{ name: 'id', type: 'integer', primaryKey: true }] });\n  await op.execute('insert into t1 select generate_series(1, 20000)');`,
      downgrade: `await op.dropTable('t1');`,
    });
    project.writeRevision({
      rev: R2,
      down: R1,
      message: 'index concurrently',
      upgrade:
        `await op.addColumn('t1', { name: 'a', type: 'integer' });\n` +
        `  await op.autocommitBlock(() => op.createIndex('t1_a', 't1', ['a'], { concurrently: true }));\n` +
        `  await op.addColumn('t1', { name: 'b', type: 'integer' });`,
      downgrade: `await op.dropColumn('t1', 'b');\n  await op.dropIndex('t1_a');\n  await op.dropColumn('t1', 'a');`,
    });
    project.writeRevision({
      rev: R3,
      down: R2,
      message: 'another table',
      upgrade: `await op.createTable('t3', { columns: [{ name: 'id', type: 'integer' }] });`,
      downgrade: `await op.dropTable('t3');`,
    });
  });

  afterAll(async () => {
    project.dispose();
    for (const db of databases) await db.dispose();
  });

  it(`version table and schema agree after each of ${trialsOn(target.name)} random kills`, async () => {
    // one uninterrupted run measures how long the migrations take after the first "Running" line
    const calibration = await target.create();
    databases.push(calibration);
    const full = await upgradeAndKill(project.dir, calibration.url, 60_000);
    expect(full.code).toBe(0);
    const windowMs = Math.max(200, Math.min(5_000, Math.round(full.runningMs * 1.2)));
    expect(await observe(calibration.url)).toEqual({ rows: [R3], ...EXPECTED[R3] });

    const seen: string[] = [];
    for (let trial = 0; trial < trialsOn(target.name); trial += 1) {
      const db = await target.create();
      databases.push(db);
      const delayMs = Math.floor(Math.random() * windowMs);
      const outcome = await upgradeAndKill(project.dir, db.url, delayMs);
      const state = await observe(db.url);
      const key = state.rows.join(',');
      // a state the runner never writes, or a schema that disagrees with it, fails here
      expect({ trial, delayMs, ...state }).toEqual({ trial, delayMs, rows: state.rows, ...EXPECTED[key] });
      expect(Object.keys(EXPECTED)).toContain(key);
      seen.push(`${outcome.killed ? 'killed' : 'finished'}@${delayMs}ms→${key || 'base'}`);
      await db.dispose();
      databases.pop();
    }
    process.stderr.write(`kill -9 trials on ${target.name} (window ${windowMs} ms): ${seen.join('; ')}\n`);
  }, 1_200_000);
});
