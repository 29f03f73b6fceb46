import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { CliProject } from '../support/cli-project';
import { tableNames, versionRows } from '../support/db';

const ESC = '\x1b[';
const UNREACHABLE = 'postgres://app:topsecret@127.0.0.1:1/none';

describe('help, errors and JSON errors (no database)', () => {
  let project: CliProject;
  beforeEach(() => {
    project = new CliProject(UNREACHABLE);
    project.writeRevision({ rev: 'aaaaaaaaaaaa', message: 'first', upgrade: `await op.execute('select 1');` });
  });
  afterEach(() => project.dispose());

  it('bare `retort` prints the command list; a command’s help lists its options, then the global ones, then examples', async () => {
    const bare = await project.run();
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain('Commands:\n  retort init [dir]');
    expect(bare.stdout).toContain('retort upgrade [revision]');

    const help = await project.run('upgrade', '--help');
    expect(help.code).toBe(0);
    const at = (text: string) => help.stdout.indexOf(text);
    expect(at('Options:\n      --sql')).toBeGreaterThan(0);
    expect(at('Global options:\n  -c, --config')).toBeGreaterThan(at('Options:'));
    expect(at('Examples:')).toBeGreaterThan(at('Global options:'));
    for (const example of ['retort upgrade head ', 'retort upgrade +1 ', 'retort upgrade ae10:head --sql ']) expect(help.stdout).toContain(example);
  });

  it('upgrade/downgrade without a target say to name one', async () => {
    const up = await project.run('upgrade');
    expect(up).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Error: Name the revision to upgrade to.\nHint: For example `retort upgrade head` or `retort upgrade +1`; see `retort upgrade --help`.\n',
    });
    const down = await project.run('downgrade');
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('Hint: For example `retort downgrade -1` or `retort downgrade base`');
  });

  it('errors are coloured on request, plain in a pipe and under NO_COLOR; --sql output never is', async () => {
    const coloured = await project.runWith({ FORCE_COLOR: '1' }, 'upgrade');
    expect(coloured.stderr).toBe(
      `${ESC}1m${ESC}31mError:${ESC}39m${ESC}22m Name the revision to upgrade to.\n${ESC}36mHint:${ESC}39m For example \`retort upgrade head\` or \`retort upgrade +1\`; see \`retort upgrade --help\`.\n`,
    );
    expect((await project.runWith({ FORCE_COLOR: '1', NO_COLOR: '1' }, 'upgrade')).stderr).not.toContain(ESC);
    const sql = await project.runWith({ FORCE_COLOR: '1' }, 'upgrade', 'head', '--sql');
    expect(sql.code).toBe(0);
    expect(sql.stdout).toContain('-- Running upgrade <base> -> aaaaaaaaaaaa, first');
    expect(sql.stdout).not.toContain(ESC);
  });

  it('under --json an error is { error: { code, message, hint } } on stdout with the same exit code', async () => {
    const plain = await project.run('upgrade', 'zzzz', '--sql');
    const json = await project.run('upgrade', 'zzzz', '--sql', '--json');
    expect(json.code).toBe(plain.code);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      error: { code: 'UNKNOWN_REVISION', message: "No such revision or branch 'zzzz'.", hint: expect.stringContaining('retort history') },
    });

    const unreachable = await project.run('current', '--json');
    expect(unreachable.code).toBe(1);
    expect(JSON.parse(unreachable.stdout)).toEqual({
      error: { code: 'DATABASE_UNREACHABLE', message: expect.stringContaining('postgres://app:***@127.0.0.1:1/none'), hint: expect.any(String) },
    });
    expect(unreachable.stdout).not.toContain('topsecret');

    const usage = await project.run('history', '--json', '--bogus');
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toEqual({ error: { code: 'USAGE', message: 'Unknown argument: bogus', hint: expect.any(String) } });
    const format = await project.run('check', '--format', 'json');
    expect(JSON.parse(format.stdout)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });

    const script = JSON.parse((await project.run('upgrade', 'head', '--sql', '--json')).stdout) as { sql: string };
    expect(script.sql).toContain('-- Running upgrade <base> -> aaaaaaaaaaaa, first');
  });

  it('revision and merge without -m write a sensible message; --json reports the file', async () => {
    const blank = await project.run('revision', '--rev-id', 'bbbbbbbbbbbb', '--json');
    expect(blank.code).toBe(0);
    expect(blank.stderr).toContain('No -m/--message given; using "empty message"');
    const written = JSON.parse(blank.stdout) as { path: string };
    expect(JSON.parse(blank.stdout)).toEqual({
      path: join(project.dir, 'migrations', 'versions', 'bbbbbbbbbbbb_empty_message.ts'),
      revision: 'bbbbbbbbbbbb',
      downRevisions: ['aaaaaaaaaaaa'],
      branchLabels: [],
      dependsOn: [],
      message: 'empty message',
    });
    expect(readFileSync(written.path, 'utf8')).toMatch(/^\/\*\*\n \* empty message\n/);

    await project.run('revision', '-m', 'side', '--head', 'aaaaaaaaaaaa', '--splice', '--rev-id', 'cccccccccccc');
    const merge = await project.run('merge', 'heads', '--rev-id', 'dddddddddddd', '-q');
    expect(merge.code).toBe(0);
    expect(merge.stdout).toBe(`${join(project.dir, 'migrations', 'versions', 'dddddddddddd_merge_bbbbbbbbbbbb_cccccccccccc.ts')}\n`);
  });
});

describe.each(testTargets())('papercuts against $name', (target) => {
  let db: IsolatedDatabase;
  let project: CliProject;
  const versions = () => join(project.dir, 'migrations', 'versions');

  beforeEach(async () => {
    db = await target.create();
    project = new CliProject(db.url);
    project.writeRevision({ rev: 'aaaaaaaaaaaa', message: 'root' });
    project.writeRevision({ rev: 'bbbbbbbbbbbb', down: 'aaaaaaaaaaaa', message: 'left' });
    project.writeRevision({ rev: 'cccccccccccc', down: 'aaaaaaaaaaaa', message: 'right' });
  });

  afterEach(async () => {
    project.dispose();
    await db.dispose();
  });

  it('a blank revision’s `op` works as written; downgrade -1 below a merge suggests a form that works', async () => {
    expect((await project.run('merge', 'heads', '-m', 'merge', '--rev-id', 'dddddddddddd')).code).toBe(0);
    expect((await project.run('revision', '-m', 'fill', '--rev-id', 'eeeeeeeeeeee')).code).toBe(0);
    const file = join(versions(), readdirSync(versions()).find((f) => f.startsWith('eeeeeeeeeeee'))!);
    const blank = readFileSync(file, 'utf8');
    expect(blank).toContain('export async function upgrade(op: Operations): Promise<void> {');
    // what a user does with the template: write a statement where the example says
    writeFileSync(file, blank.replace("// nothing to do yet; for example: await op.execute('UPDATE …');", "await op.execute('create table filled (id int)');"));

    const atBase = await project.run('downgrade', '-1');
    expect(atBase.code).toBe(1);
    expect(atBase.stderr).toContain('Error: Relative revision -1 goes 1 revision down, but there is none.');

    expect((await project.run('upgrade', 'head')).code).toBe(0);
    expect(await tableNames(db.url)).toEqual(['filled', 'retort_version', 'retort_version_checksums']);
    expect((await project.run('downgrade', '-1')).code).toBe(0);

    const atMerge = await project.run('downgrade', '-1');
    expect(atMerge.code).toBe(1);
    expect(atMerge.stderr).toContain('Error: Ambiguous walk: dddddddddddd is a merge of bbbbbbbbbbbb, cccccccccccc');
    expect(atMerge.stderr).toContain('Hint: Below a merge, name the revision to go down to, e.g. `retort downgrade bbbbbbbbbbbb`');
    const suggested = await project.run('downgrade', 'bbbbbbbbbbbb');
    expect(suggested.code).toBe(0);
    expect(await versionRows(db.url)).toEqual(['bbbbbbbbbbbb', 'cccccccccccc']);
  }, 600_000);
});
