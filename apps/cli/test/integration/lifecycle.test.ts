import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { CliProject } from '../support/cli-project';
import { tableNames, versionRows, withDb } from '../support/db';

const A = 'aaaaaaaaaaa1';
const B = 'bbbbbbbbbbb2';
const C = 'ccccccccccc3';

describe.each(testTargets())('CLI lifecycle on $name', (target) => {
  let db: IsolatedDatabase;
  let project: CliProject;

  beforeEach(async () => {
    db = await target.create();
    project = new CliProject(db.url);
    project.writeRevision({
      rev: A,
      message: 'create order table',
      upgrade: `await op.createTable('order', { columns: [{ name: 'id', type: 'integer', primaryKey: true }, { name: 'user', type: 'text', nullable: false }] });`,
      downgrade: `await op.dropTable('order');`,
    });
    project.writeRevision({
      rev: B,
      down: A,
      message: 'weird table',
      upgrade: `await op.createTable('weird; name', { columns: [{ name: 'a"b', type: 'varchar(10)', default: "'x'" }] });\n  await op.createIndex('ix "odd"', 'weird; name', ['a"b'], { unique: true });`,
      downgrade: `await op.dropIndex('ix "odd"');\n  await op.dropTable('weird; name');`,
    });
    project.writeRevision({
      rev: C,
      down: B,
      message: 'seed',
      upgrade: `await op.bulkInsert('order', [{ id: 1, user: op.args.who ?? 'nobody' }]);`,
      downgrade: `await op.execute('delete from "order" where id = $1', [1]);`,
    });
  });

  afterEach(async () => {
    project.dispose();
    await db.dispose();
  });

  it('upgrades to head, reports, downgrades to base and upgrades again', async () => {
    const up = await project.run('upgrade', 'head', '-x', 'who=ada');
    expect(up.stderr).toContain(`[2/3] ${A} → ${B}  weird table`);
    expect(up.code).toBe(0);
    expect(await versionRows(db.url)).toEqual([C]);
    expect(await tableNames(db.url)).toEqual(['order', 'retort_version', 'retort_version_checksums', 'weird; name']);
    expect(await withDb(db.url, (c) => c.query('select "user" from "order"'))).toEqual([{ user: 'ada' }]);

    const current = await project.run('current');
    expect(current.stdout.trim()).toBe(`${C} (head)`);
    const history = await project.run('history', '-i');
    expect(history.stdout.trim().split('\n')).toEqual([
      `${B} -> ${C} (head) (current), seed`,
      `${A} -> ${B}, weird table`,
      `<base> -> ${A}, create order table`,
    ]);

    const down1 = await project.run('downgrade', '-1');
    expect(down1.code).toBe(0);
    expect(await versionRows(db.url)).toEqual([B]);

    const down = await project.run('downgrade', 'base');
    expect(down.code).toBe(0);
    expect(await versionRows(db.url)).toEqual([]);
    expect(await tableNames(db.url)).toEqual(['retort_version', 'retort_version_checksums']);

    const again = await project.run('upgrade', 'head');
    expect(again.code).toBe(0);
    expect(await versionRows(db.url)).toEqual([C]);
    const noop = await project.run('upgrade', 'head');
    expect(noop.code).toBe(0);
    expect(noop.stderr).toContain('Nothing to upgrade');
  });

  it('upgrades step by step with relative and prefixed targets', async () => {
    expect((await project.run('upgrade', '+1')).code).toBe(0);
    expect(await versionRows(db.url)).toEqual([A]);
    expect((await project.run('upgrade', 'cccc')).code).toBe(0);
    expect(await versionRows(db.url)).toEqual([C]);
    expect((await project.run('downgrade', `${B}`)).code).toBe(0);
    expect(await versionRows(db.url)).toEqual([B]);
  });

  it('a failing migration rolls back the whole run and names revision, file, SQL and the server message', async () => {
    project.writeRevision({ rev: 'ddddddddddd4', down: C, message: 'broken', upgrade: `await op.execute('select * from no_such_table');` });
    const result = await project.run('upgrade', 'head');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Upgrade of revision ddddddddddd4 failed');
    expect(result.stderr).toContain('ddddddddddd4_broken.ts');
    expect(result.stderr).toContain('Failing SQL: select * from no_such_table');
    expect(result.stderr).toMatch(/relation "no_such_table" does not exist/);
    expect(result.stderr).toContain('Rolled back: the whole run');
    expect(await versionRows(db.url)).toEqual([]);
    expect(await tableNames(db.url)).toEqual([]);
  });

  it('with --transaction-per-migration a failure keeps the revisions before it', async () => {
    project.writeRevision({ rev: 'ddddddddddd4', down: C, message: 'broken', upgrade: `await op.execute('select 1/0');` });
    const result = await project.run('upgrade', 'head', '--transaction-per-migration');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('division by zero');
    expect(await versionRows(db.url)).toEqual([C]);
    expect(await tableNames(db.url)).toEqual(['order', 'retort_version', 'retort_version_checksums', 'weird; name']);
  });

  it('runs CREATE INDEX CONCURRENTLY in its explicit autocommit block', async () => {
    project.writeRevision({
      rev: 'ddddddddddd4',
      down: C,
      message: 'concurrent index',
      upgrade: `await op.autocommitBlock(() => op.createIndex('ix_order_user', 'order', ['user'], { concurrently: true }));`,
      downgrade: `await op.autocommitBlock(() => op.dropIndex('ix_order_user', { concurrently: true }));`,
    });
    expect((await project.run('upgrade', 'head')).code).toBe(0);
    const indexes = await withDb(db.url, (c) => c.query<{ indexname: string }>(`select indexname from pg_indexes where tablename = 'order' order by 1`));
    expect(indexes.map((i) => i.indexname)).toEqual(['ix_order_user', 'order_pkey']);
    expect((await project.run('downgrade', '-1')).code).toBe(0);
    expect(await versionRows(db.url)).toEqual([C]);
  });

  it('stamps without running migrations, and purges', async () => {
    expect((await project.run('stamp', B)).code).toBe(0);
    expect(await versionRows(db.url)).toEqual([B]);
    expect(await tableNames(db.url)).toEqual(['retort_version', 'retort_version_checksums']);
    expect((await project.run('stamp', '--purge', A)).code).toBe(0);
    expect(await versionRows(db.url)).toEqual([A]);
    expect((await project.run('stamp', 'base')).code).toBe(0);
    expect(await versionRows(db.url)).toEqual([]);
  });

  it('ensure-version creates the version table, in a configured schema too', async () => {
    expect((await project.run('ensure-version')).code).toBe(0);
    expect(await tableNames(db.url)).toEqual(['retort_version', 'retort_version_checksums']);
  });
});
