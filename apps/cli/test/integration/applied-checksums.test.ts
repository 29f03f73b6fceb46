import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { CliProject } from '../support/cli-project';
import { withDb } from '../support/db';

const R1 = 'aaaaaaaaaaa1';
const R2 = 'bbbbbbbbbbb2';

jest.setTimeout(600_000);

const checksumRows = (url: string) =>
  withDb(url, async (c) => (await c.query<{ version_num: string }>('select version_num from retort_version_checksums order by 1')).map((r) => r.version_num));

describe.each(testTargets())('checksums of applied revision files on $name', (target) => {
  let db: IsolatedDatabase;
  let project: CliProject;
  let file1: string;
  let file2: string;

  beforeEach(async () => {
    db = await target.create();
    project = new CliProject(db.url);
    file1 = project.writeRevision({ rev: R1, message: 'one', upgrade: `await op.createTable('one', { columns: [{ name: 'id', type: 'integer' }] });`, downgrade: `await op.dropTable('one');` });
    file2 = project.writeRevision({ rev: R2, down: R1, message: 'two', upgrade: `await op.execute('select 1');`, downgrade: `await op.execute('select 1');` });
  });

  afterEach(async () => {
    project.dispose();
    await db.dispose();
  });

  it('warns when an applied file changed, check --strict fails, accept-edit accepts it; line endings do not count', async () => {
    expect((await project.run('upgrade', 'head')).code).toBe(0);
    expect(await checksumRows(db.url)).toEqual([R1, R2]);
    expect((await project.run('current')).stderr).toBe('');

    writeFileSync(file2, readFileSync(file2, 'utf8').replace(/\n/g, '\r\n'));
    appendFileSync(file1, '// edited after it was applied\n');
    const current = await project.run('current');
    expect(current.code).toBe(0);
    expect(current.stderr).toContain(`Applied revision file(s) changed since they were applied:\n  ${R1} (${file1})`);
    expect(current.stderr).not.toContain(R2);
    expect(current.stderr).toContain('retort accept-edit');
    const upgrade = await project.run('upgrade', 'head');
    expect(upgrade.code).toBe(0);
    expect(upgrade.stderr).toContain(`changed since they were applied:\n  ${R1}`);
    const strict = await project.run('check', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`Error: Applied revision file(s) changed since they were applied:\n  ${R1}`);

    const unknown = await project.run('accept-edit', 'zzzz');
    expect(unknown.code).toBe(1);
    expect((await project.run('accept-edit', R1)).code).toBe(0);
    expect((await project.run('current')).stderr).toBe('');
    const down = await project.run('downgrade', '-1');
    expect(down.stderr).not.toContain('changed since');
    expect(await checksumRows(db.url)).toEqual([R1]);
  });

  it('stamp records checksums, and stamping down forgets them', async () => {
    expect((await project.run('stamp', 'head')).code).toBe(0);
    expect(await checksumRows(db.url)).toEqual([R1, R2]);
    appendFileSync(file2, '// edited\n');
    expect((await project.run('current')).stderr).toContain(`  ${R2} (${file2})`);
    expect((await project.run('stamp', 'base')).code).toBe(0);
    expect(await checksumRows(db.url)).toEqual([]);
  });
});
