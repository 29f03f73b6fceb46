import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliProject } from '../support/cli-project';

/** Bad tenant input fails before any connection: a clear error, its hint, a non-zero exit, nothing written. */
describe('tenant options: bad input', () => {
  let project: CliProject;
  afterEach(() => project.dispose());

  it('names what is wrong and what to do', async () => {
    project = new CliProject('pglite://memory', { tenants: { schemas: ['acme', 'globex'] } });
    project.writeRevision({ rev: 'aaaaaaaaaaa1', upgrade: `await op.execute('select 1');` });
    const cases: [string[], number, RegExp, RegExp][] = [
      [['upgrade', 'head', '--tenant', 'nope'], 2, /No tenant named "nope"\./, /Known tenants: acme, globex\./],
      [['upgrade', 'head', '--tenants', '--concurrency', '0'], 2, /--concurrency must be a whole number of at least 1, got 0\./, /For example --concurrency 4/],
      [['upgrade', 'head', '--tenants', '--sql'], 2, /--sql cannot be combined with --tenants/, /Run the offline script per tenant/],
      [['upgrade', 'head', '--only-failed'], 2, /--only-failed needs the last tenant report/, /Run the command with --tenants first/],
      [['diff', '--tenant', 'acme', '--tenant', 'globex'], 2, /compares the model with one tenant/, /check --tenants/],
    ];
    for (const [args, code, message, hint] of cases) {
      const r = await project.run(...args);
      expect({ args, code: r.code }).toEqual({ args, code });
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(hint);
    }
    expect(existsSync(join(project.dir, '.retort', 'tenants-report.json'))).toBe(false);
  });

  it('rejects a malformed tenants config and a project without tenants', async () => {
    project = new CliProject('pglite://memory', { tenants: { schema: ['acme'] } });
    const bad = await project.run('current', '--tenants');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/"tenants" must have exactly one key, "databases" or "schemas"/);
    expect(bad.stderr).toMatch(/Hint: Use tenants: \{ databases/);
    project.dispose();

    project = new CliProject('pglite://memory');
    const none = await project.run('current', '--tenants');
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/names no tenants/);
    expect(none.stderr).toMatch(/Hint: Add tenants:/);
  });
});
