import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { CliProject } from '../support/cli-project';
import { tableNames, versionRows, withDb } from '../support/db';

const R1 = 'aaaaaaaaaaa1';
const R2 = 'bbbbbbbbbbb2';
const R3 = 'ccccccccccc3';

const enumValues = (url: string) =>
  withDb(url, async (c) =>
    (await c.query<{ v: string }>(`select e.enumlabel as v from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = 'mood' order by e.enumsortorder`)).map((r) => r.v),
  );
const columns = (url: string, table: string) =>
  withDb(url, async (c) =>
    (await c.query<{ c: string }>(`select column_name as c from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position`, [table])).map((r) => r.c),
  );
const dirtyRows = (url: string) =>
  withDb(url, async (c) => c.query<{ version_num: string; dirty: string | null }>('select version_num, dirty from retort_version order by 1'));

// each test drives the CLI up to ten times; PGlite opens its data directory on every run
jest.setTimeout(300_000);

describe.each(testTargets())('truthful runs on $name', (target) => {
  let db: IsolatedDatabase;
  let project: CliProject;

  beforeEach(async () => {
    db = await target.create();
    project = new CliProject(db.url);
    project.writeRevision({
      rev: R1,
      message: 'people with a mood',
      upgrade: `await op.createEnum('mood', ['ok', 'sad']);\n  await op.createTable('people', { columns: [{ name: 'id', type: 'integer', primaryKey: true }, { name: 'title', type: 'text' }, { name: 'mood', type: 'mood' }] });`,
      downgrade: `await op.dropTable('people');\n  await op.dropEnum('mood');`,
    });
    project.writeRevision({
      rev: R2,
      down: R1,
      message: 'rename and add a mood',
      upgrade: `await op.alterColumn('people', 'title', { newName: 'name' });\n  await op.addEnumValue('mood', 'happy');`,
      downgrade: `await op.alterColumn('people', 'name', { newName: 'title' });`,
    });
  });

  afterEach(async () => {
    project.dispose();
    await db.dispose();
  });

  it('the issue scenario: rev3 fails, nothing is committed (enum value included) and the message says so', async () => {
    project.writeRevision({ rev: R3, down: R2, message: 'broken', upgrade: `await op.execute('select 1/0');` });
    const result = await project.run('upgrade', 'head');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Upgrade of revision ${R3} failed`);
    expect(result.stderr).toContain(
      `Rolled back: the whole run (${R1}, ${R2}, ${R3}); nothing was committed, the database is as it was before the command.`,
    );
    expect(await versionRows(db.url)).toEqual([]);
    expect(await tableNames(db.url)).toEqual([]);
    expect(await enumValues(db.url)).toEqual([]);
    // the next upgrade starts from scratch and works once rev3 is fixed
    project.writeRevision({ rev: R3, down: R2, message: 'broken', upgrade: `await op.execute('select 1');` });
    expect((await project.run('upgrade', 'head')).code).toBe(0);
    expect(await versionRows(db.url)).toEqual([R3]);
    expect(await columns(db.url, 'people')).toEqual(['id', 'name', 'mood']);
    expect(await enumValues(db.url)).toEqual(['ok', 'sad', 'happy']);
  });

  it('per-migration transactions: the message lists what was committed and what rolled back', async () => {
    project.writeRevision({ rev: R3, down: R2, message: 'broken', upgrade: `await op.execute('select 1/0');` });
    const result = await project.run('upgrade', 'head', '--transaction-per-migration');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Committed: ${R1}, ${R2}.\nRolled back: ${R3}.`);
    expect(await versionRows(db.url)).toEqual([R2]);
    expect(await enumValues(db.url)).toEqual(['ok', 'sad', 'happy']);
  });

  it('refuses the whole plan before running anything when a CONCURRENTLY statement is outside a block', async () => {
    project.writeRevision({
      rev: R3,
      down: R2,
      message: 'index',
      upgrade: `await op.execute('select 1');\n  await op.createIndex('ix_people_name', 'people', ['name'], { concurrently: true });`,
    });
    const result = await project.run('upgrade', 'head');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${R3}_index.ts: upgrade() operation 2 (op.createIndex) runs \`CREATE INDEX CONCURRENTLY "ix_people_name" ON "people" ("name")\` outside op.autocommitBlock()`);
    expect(result.stderr).toContain('Nothing was run.');
    expect(result.stderr).toContain('Hint: Wrap it');
    expect(result.stderr).not.toContain('Running upgrade');
    expect(await versionRows(db.url)).toEqual([]);
    expect(await tableNames(db.url)).toEqual([]);
    const offline = await project.run('upgrade', 'head', '--sql');
    expect(offline.code).toBe(1);
    expect(offline.stdout).toBe('');
    expect(offline.stderr).toContain('outside op.autocommitBlock()');
  });

  it('a failure after an autocommit block: what committed is named, the revision is dirty, runs refuse until resolved', async () => {
    project.writeRevision({
      rev: R3,
      down: R2,
      message: 'index then fail',
      upgrade: `await op.addColumn('people', { name: 'note', type: 'text' });\n  await op.autocommitBlock(() => op.createIndex('ix_people_name', 'people', ['name'], { concurrently: true }));\n  await op.execute('select 1/0');`,
      downgrade: `await op.dropIndex('ix_people_name');\n  await op.dropColumn('people', 'note');`,
    });
    const result = await project.run('upgrade', 'head');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Committed: ${R1}, ${R2}, part of ${R3} (what ran before and in its autocommit block).\nRolled back: the rest of ${R3}.`);
    expect(result.stderr).toContain(`${R3} is half-applied and recorded as dirty in the version table.`);
    expect(result.stderr).toContain(`retort resolve ${R3} --applied`);
    expect(await dirtyRows(db.url)).toEqual([
      { version_num: R2, dirty: null },
      { version_num: R3, dirty: 'up' },
    ]);
    expect(await columns(db.url, 'people')).toEqual(['id', 'name', 'mood', 'note']);

    for (const args of [['upgrade', 'head'], ['downgrade', '-1']]) {
      const refused = await project.run(...args);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`Revision ${R3} is half-applied`);
      expect(refused.stderr).toContain(`retort resolve ${R3} --rolled-back`);
    }
    const current = await project.run('current');
    expect(current.stdout.trim()).toBe(R2);
    expect(current.stderr).toContain(`${R3} is half-applied`);

    // the user undoes the partial work, resolves, fixes the file and upgrades again
    await withDb(db.url, async (c) => {
      await c.query('drop index ix_people_name');
      await c.query('alter table people drop column note');
    });
    const usage = await project.run('resolve', R3);
    expect(usage.code).toBe(2);
    const resolved = await project.run('resolve', R3, '--rolled-back');
    expect(resolved.code).toBe(0);
    expect(await dirtyRows(db.url)).toEqual([{ version_num: R2, dirty: null }]);
    expect((await project.run('resolve', R3, '--rolled-back')).stderr).toContain('is not marked half-applied');
    project.writeRevision({
      rev: R3,
      down: R2,
      message: 'index then fail',
      upgrade: `await op.addColumn('people', { name: 'note', type: 'text' });\n  await op.autocommitBlock(() => op.createIndex('ix_people_name', 'people', ['name'], { concurrently: true }));`,
      downgrade: `await op.dropIndex('ix_people_name');\n  await op.dropColumn('people', 'note');`,
    });
    expect((await project.run('upgrade', 'head')).code).toBe(0);
    expect(await dirtyRows(db.url)).toEqual([{ version_num: R3, dirty: null }]);
  });

  it('resolve --applied records the step as finished', async () => {
    project.writeRevision({
      rev: R3,
      down: R2,
      message: 'block then fail',
      upgrade: `await op.autocommitBlock(() => op.createIndex('ix_people_name', 'people', ['name'], { concurrently: true }));\n  await op.execute('select 1/0');`,
      downgrade: `await op.dropIndex('ix_people_name');`,
    });
    expect((await project.run('upgrade', 'head')).code).toBe(1);
    expect((await project.run('resolve', 'ccc', '--applied')).code).toBe(0);
    expect(await dirtyRows(db.url)).toEqual([{ version_num: R3, dirty: null }]);
    const down = await project.run('downgrade', '-1');
    expect(down.code).toBe(0);
    expect(await versionRows(db.url)).toEqual([R2]);
  });

  it('old version tables (no dirty column) keep working and gain the column', async () => {
    await withDb(db.url, (c) => c.query(`create table retort_version (version_num varchar(32) not null, constraint retort_version_pkc primary key (version_num))`));
    const stamped = await project.run('stamp', R1);
    expect({ code: stamped.code, stderr: stamped.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect((await project.run('current')).stdout.trim()).toBe(R1);
    expect(await dirtyRows(db.url)).toEqual([{ version_num: R1, dirty: null }]);
  });

  it('-x KEY=VALUE is validated by every command', async () => {
    for (const args of [['current', '-x', 'novalue'], ['history', '-x', '=v'], ['heads', '-x', 'k']]) {
      const result = await project.run(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('-x expects KEY=VALUE');
    }
  });
});
