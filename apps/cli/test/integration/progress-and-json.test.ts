import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { CliProject } from '../support/cli-project';
import { tableNames, versionRows } from '../support/db';

/** r01 … r60, each creating its own table. */
const REVS = Array.from({ length: 60 }, (_, i) => `r${String(i + 1).padStart(2, '0')}aaaaaaaaa`);
const ESC = '\x1b[';
const SUMMARY = /^Upgraded 60 revisions to head \(r60aaaaaaaaa\) in \d+(\.\d+)? m?s\.$/;

interface StepJson {
  revision: string;
  from: string[];
  to: string[];
  message: string;
  file: string | null;
  status: string;
  durationMs: number;
}

describe.each(testTargets())('upgrade progress, summary and --json on $name', (target) => {
  let db: IsolatedDatabase;
  let project: CliProject;

  beforeEach(async () => {
    db = await target.create();
    project = new CliProject(db.url);
    REVS.forEach((rev, i) =>
      project.writeRevision({
        rev,
        down: i === 0 ? null : REVS[i - 1],
        message: `table ${i + 1}`,
        upgrade: `await op.createTable('t${i + 1}', { columns: [{ name: 'id', type: 'integer' }] });`,
        downgrade: `await op.dropTable('t${i + 1}');`,
      }),
    );
  });

  afterEach(async () => {
    project.dispose();
    await db.dispose();
  });

  it('a 60-revision upgrade counts every revision and ends with a summary; downgrade --json reports each step', async () => {
    const up = await project.run('upgrade', 'head');
    expect(up.code).toBe(0);
    const lines = up.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 60)).toEqual(REVS.map((rev, i) => `[${String(i + 1).padStart(2)}/60] ${i === 0 ? '<base>' : REVS[i - 1]} → ${rev}  table ${i + 1}`));
    expect(lines.slice(60)).toEqual([expect.stringMatching(SUMMARY)]);
    expect(up.stderr).not.toContain(ESC); // a pipe: no colour, no redrawing
    expect(up.stdout).toBe('');
    expect(await versionRows(db.url)).toEqual(['r60aaaaaaaaa']);

    const down = await project.run('downgrade', 'base', '--json');
    expect(down.code).toBe(0);
    const result = JSON.parse(down.stdout) as { command: string; target: string; headsBefore: string[]; headsAfter: string[]; durationMs: number; steps: StepJson[] };
    expect(result).toEqual({
      command: 'downgrade',
      target: 'base',
      headsBefore: ['r60aaaaaaaaa'],
      headsAfter: [],
      durationMs: expect.any(Number),
      steps: [...REVS].reverse().map((rev, j) => ({
        revision: rev,
        from: [rev],
        to: j === 59 ? [] : [REVS[58 - j]],
        message: `table ${60 - j}`,
        file: expect.stringMatching(new RegExp(`/${rev}_table_${60 - j}\\.ts$`)),
        status: 'applied',
        durationMs: expect.any(Number),
      })),
      lockRetries: [],
    });
    expect(result.steps.reduce((sum, s) => sum + s.durationMs, 0)).toBeLessThanOrEqual(result.durationMs);
    expect(await tableNames(db.url)).toEqual(['retort_version', 'retort_version_checksums']);
  }, 600_000);

  it('progress colours revision ids only when asked (FORCE_COLOR), never under NO_COLOR; stamp --json; history -r -2:current', async () => {
    const coloured = await project.runWith({ FORCE_COLOR: '1' }, 'upgrade', '+2');
    expect(coloured.code).toBe(0);
    expect(coloured.stderr).toContain(`${ESC}2m[1/2]${ESC}22m <base> → ${ESC}33mr01aaaaaaaaa${ESC}39m  table 1\n`);
    expect(coloured.stderr).toContain(`${ESC}32mUpgraded${ESC}39m 2 revisions to +2 (${ESC}1m${ESC}32mr02aaaaaaaaa${ESC}39m${ESC}22m)`);

    const plain = await project.runWith({ FORCE_COLOR: '1', NO_COLOR: '1' }, 'upgrade', '+1');
    expect(plain.stderr).toBe(`[1/1] r02aaaaaaaaa → r03aaaaaaaaa  table 3\n${plain.stderr.split('\n')[1]}\n`);
    expect(plain.stderr).not.toContain(ESC);

    const stamp = await project.run('stamp', 'head', '--json');
    expect(stamp.code).toBe(0);
    expect(JSON.parse(stamp.stdout)).toEqual({
      command: 'stamp',
      target: 'head',
      headsBefore: ['r03aaaaaaaaa'],
      headsAfter: ['r60aaaaaaaaa'],
      durationMs: expect.any(Number),
      steps: [{ revision: 'r60aaaaaaaaa', from: ['r03aaaaaaaaa'], to: ['r60aaaaaaaaa'], message: '', file: null, status: 'applied', durationMs: expect.any(Number) }],
      lockRetries: [],
    });
    // yargs used to read -2:current as flags ("Unknown argument: 2"); -N counts down from the head, as in Alembic
    const history = await project.run('history', '-r', '-2:current');
    expect({ code: history.code, stdout: history.stdout, stderr: history.stderr }).toEqual({
      code: 0,
      stdout: 'r59aaaaaaaaa -> r60aaaaaaaaa (head), table 60\nr58aaaaaaaaa -> r59aaaaaaaaa, table 59\nr57aaaaaaaaa -> r58aaaaaaaaa, table 58\n',
      stderr: '',
    });
    const historyColoured = await project.runWith({ FORCE_COLOR: '1' }, 'history', '-i', '-r', '-1:current');
    expect(historyColoured.stdout.split('\n')[0]).toBe(
      `${ESC}33mr59aaaaaaaaa${ESC}39m -> ${ESC}33mr60aaaaaaaaa${ESC}39m ${ESC}1m${ESC}32m(head)${ESC}39m${ESC}22m ${ESC}1m${ESC}32m(current)${ESC}39m${ESC}22m, table 60`,
    );
    const nothing = await project.run('upgrade', 'head');
    expect(nothing.stderr).toBe('Nothing to upgrade: the database is already at head (r60aaaaaaaaa).\n');
  }, 600_000);
});
