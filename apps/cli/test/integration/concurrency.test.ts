import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { CliProject } from '../support/cli-project';
import { versionRows, withDb } from '../support/db';

describe.each(testTargets())('concurrent upgrades on $name', (target) => {
  let db: IsolatedDatabase;
  let project: CliProject;

  beforeEach(async () => {
    db = await target.create();
    project = new CliProject(db.url);
    project.writeRevision({
      rev: '111111111111',
      message: 'runs table',
      upgrade: `await op.createTable('runs', { columns: [{ name: 'rev', type: 'text', nullable: false }] });\n  await op.execute("insert into runs values ('111111111111')");`,
    });
    project.writeRevision({
      rev: '222222222222',
      down: '111111111111',
      message: 'slow one',
      upgrade: `await op.execute('select pg_sleep(4)');\n  await op.execute("insert into runs values ('222222222222')");`,
    });
    project.writeRevision({
      rev: '333333333333',
      down: '222222222222',
      message: 'last',
      upgrade: `await op.execute("insert into runs values ('333333333333')");`,
    });
  });

  afterEach(async () => {
    project.dispose();
    await db.dispose();
  });

  it('four simultaneous `upgrade head` runs apply each revision exactly once', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => project.run('upgrade', 'head')));
    for (const r of results) expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const applied = results.filter((r) => r.stderr.includes('Upgraded '));
    expect(applied).toHaveLength(1);
    expect(results.filter((r) => r.stderr.includes('Nothing to upgrade'))).toHaveLength(3);
    expect(results.some((r) => /waiting/i.test(r.stderr))).toBe(true);
    const runs = await withDb(db.url, (c) => c.query<{ rev: string; n: number }>('select rev, count(*)::int as n from runs group by rev order by rev'));
    expect(runs).toEqual([
      { rev: '111111111111', n: 1 },
      { rev: '222222222222', n: 1 },
      { rev: '333333333333', n: 1 },
    ]);
    expect(await versionRows(db.url)).toEqual(['333333333333']);
  });

  it('a run that cannot get the lock in time fails clearly and changes nothing', async () => {
    const slow = project.run('upgrade', 'head');
    // the slow run holds the lock for the 4 s of its second revision; start well inside that
    await new Promise((r) => setTimeout(r, 1500));
    const impatient = await project.run('upgrade', 'head', '--lock-timeout', '0');
    expect(impatient.code).toBe(1);
    expect(impatient.stderr).toMatch(/Timed out/);
    expect(impatient.stderr).toMatch(/Hint: /);
    expect((await slow).code).toBe(0);
    expect(await versionRows(db.url)).toEqual(['333333333333']);
  });
});
