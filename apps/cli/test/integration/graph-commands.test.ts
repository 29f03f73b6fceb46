import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliProject } from '../support/cli-project';

/** Commands that read the revision graph from file text; none of them connects to a database. */
describe('graph commands (no database)', () => {
  let project: CliProject;
  const versions = () => readdirSync(join(project.dir, 'migrations', 'versions')).sort();

  beforeEach(() => {
    // an unreachable server: any attempt to connect would fail the test
    project = new CliProject('postgres://nobody:s3cret@127.0.0.1:1/none');
  });
  afterEach(() => project.dispose());

  it('revision writes a formatted file with literal graph exports; history, heads and show read it', async () => {
    const first = await project.run('revision', '-m', 'create users', '--rev-id', 'aaaaaaaaaaaa');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('aaaaaaaaaaaa_create_users.ts ... done');
    const second = await project.run('revision', '-m', 'add email', '--rev-id', 'bbbbbbbbbbbb');
    expect(second.code).toBe(0);
    const text = readFileSync(join(project.dir, 'migrations', 'versions', 'bbbbbbbbbbbb_add_email.ts'), 'utf8');
    expect(text).toContain("export const revision = 'bbbbbbbbbbbb';");
    expect(text).toContain("export const downRevision: string | readonly string[] | null = 'aaaaaaaaaaaa';");
    expect(text).toContain(" * Revises: aaaaaaaaaaaa\n");

    expect((await project.run('history')).stdout).toBe(
      'aaaaaaaaaaaa -> bbbbbbbbbbbb (head), add email\n<base> -> aaaaaaaaaaaa, create users\n',
    );
    expect((await project.run('heads')).stdout).toBe('bbbbbbbbbbbb (head)\n');
    const show = await project.run('show', 'bbbb');
    expect(show.stdout).toContain('Rev: bbbbbbbbbbbb (head)\nParent: aaaaaaaaaaaa\n');
    const json = JSON.parse((await project.run('history', '--json')).stdout);
    expect(json.map((r: { revision: string }) => r.revision)).toEqual(['bbbbbbbbbbbb', 'aaaaaaaaaaaa']);
  });

  it('branches, labels, multiple heads and merge behave like Alembic', async () => {
    await project.run('revision', '-m', 'base', '--rev-id', 'aaaaaaaaaaaa');
    await project.run('revision', '-m', 'one', '--rev-id', 'bbbbbbbbbbbb');
    const notHead = await project.run('revision', '-m', 'two', '--head', 'aaaaaaaaaaaa', '--rev-id', 'cccccccccccc');
    expect(notHead.code).toBe(1);
    expect(notHead.stderr).toContain('Revision aaaaaaaaaaaa is not a head revision');
    expect(notHead.stderr).toContain('--splice');
    expect(versions()).toHaveLength(2);

    expect((await project.run('revision', '-m', 'two', '--head', 'aaaaaaaaaaaa', '--splice', '--branch-label', 'feature', '--rev-id', 'cccccccccccc')).code).toBe(0);
    const heads = await project.run('heads');
    expect(heads.stdout).toBe('bbbbbbbbbbbb (head)\ncccccccccccc (feature) (head)\n');
    expect((await project.run('branches')).stdout).toBe(
      'aaaaaaaaaaaa (branchpoint)\n             -> bbbbbbbbbbbb (head)\n             -> cccccccccccc (feature) (head)\n',
    );

    const ambiguous = await project.run('revision', '-m', 'three');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('Multiple heads are present');

    const upgrade = await project.run('upgrade', 'head', '--sql');
    expect(upgrade.code).toBe(1);
    expect(upgrade.stderr).toContain('Multiple head revisions');
    expect(upgrade.stderr).toContain('bbbbbbbbbbbb');
    expect(upgrade.stderr).toContain('merge');

    expect((await project.run('revision', '-m', 'on feature', '--head', 'feature@head', '--rev-id', 'dddddddddddd')).code).toBe(0);
    const merge = await project.run('merge', 'heads', '-m', 'merge them', '--rev-id', 'eeeeeeeeeeee');
    expect(merge.code).toBe(0);
    const merged = readFileSync(join(project.dir, 'migrations', 'versions', 'eeeeeeeeeeee_merge_them.ts'), 'utf8');
    expect(merged).toMatch(/downRevision: string \| readonly string\[\] \| null = \[\s*'bbbbbbbbbbbb',\s*'dddddddddddd',?\s*\] as const;/);
    expect((await project.run('heads')).stdout).toBe('eeeeeeeeeeee (feature) (head)\n');
    expect((await project.run('history', '-r', 'dddddddddddd:')).stdout.split('\n')[0]).toBe(
      'bbbbbbbbbbbb, dddddddddddd -> eeeeeeeeeeee (feature) (head) (mergepoint), merge them',
    );
  });

  it('depends-on is recorded and shown', async () => {
    await project.run('revision', '-m', 'a', '--rev-id', 'aaaaaaaaaaaa');
    await project.run('revision', '-m', 'other base', '--head', 'base', '--branch-label', 'other', '--rev-id', 'bbbbbbbbbbbb');
    expect((await project.run('revision', '-m', 'needs a', '--head', 'other@head', '--depends-on', 'aaaa', '--rev-id', 'cccccccccccc')).code).toBe(0);
    const show = await project.run('show', 'cccccccccccc');
    expect(show.stdout).toContain('Also depends on: aaaaaaaaaaaa');
    expect((await project.run('heads', '--resolve-dependencies')).stdout).toBe('cccccccccccc (other) (head)\n');
  });

  it('refuses bad input without writing anything', async () => {
    await project.run('revision', '-m', 'a', '--rev-id', 'aaaaaaaaaaaa');
    for (const args of [
      ['revision', '-m', 'dup', '--rev-id', 'aaaaaaaaaaaa'],
      ['revision', '-m', 'bad id', '--rev-id', 'no spaces!'],
      ['revision', '-m', 'x', '--head', 'ffffffffffff'],
      ['revision', '-m', 'x', '--depends-on', 'zzzz'],
    ]) {
      const r = await project.run(...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^Error: .+\nHint: .+/m);
    }
    expect(versions()).toEqual(['aaaaaaaaaaaa_a.ts']);
  });

  it('reports an ambiguous prefix with its candidates, and a cycle with the files', async () => {
    project.writeRevision({ rev: 'abc111111111', message: 'one' });
    project.writeRevision({ rev: 'abc222222222', down: 'abc111111111', message: 'two' });
    const r = await project.run('show', 'abc');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('abc111111111');
    expect(r.stderr).toContain('abc222222222');
    project.writeRevision({ rev: 'abc111111111', down: 'abc222222222', message: 'one' });
    const cycle = await project.run('history');
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toMatch(/cycle/i);
    expect(cycle.stderr).toContain('.ts');
  });
});
