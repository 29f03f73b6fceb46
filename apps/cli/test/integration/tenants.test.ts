import { spawn } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { quoteIdent } from '@retort/ops';
import { BIN, CliProject } from '../support/cli-project';
import { tenantFixtures, type TenantFixture } from '../support/tenant-fixtures';

const R1 = 'aaaaaaaaaaa1';
const R2 = 'aaaaaaaaaaa2';
const R3 = 'aaaaaaaaaaa3';
const R4 = 'aaaaaaaaaaa4';

const DRIZZLE_MODULES = resolve(__dirname, '../../../examples/drizzle/node_modules');
/** The model the four revisions build, tenant by tenant. */
const MODEL =
  `import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';\n` +
  `export const items = pgTable('items', { id: integer('id').primaryKey(), note: text('note') }, (t) => [index('ix_items_note').on(t.note)]);\n` +
  `export const slow = pgTable('slow', { id: integer('id') });\n`;

interface ReportRow {
  name: string;
  status: string;
  from: string[] | null;
  to: string[] | null;
  error: { code: string; message: string } | null;
}

function writeRevisions(project: CliProject): void {
  project.writeRevision({
    rev: R1,
    message: 'items',
    upgrade: `await op.createTable('items', { columns: [{ name: 'id', type: 'integer', primaryKey: true }] });`,
    downgrade: `await op.dropTable('items');`,
  });
  project.writeRevision({ rev: R2, down: R1, message: 'note', upgrade: `await op.addColumn('items', { name: 'note', type: 'text' });`, downgrade: `await op.dropColumn('items', 'note');` });
  project.writeRevision({ rev: R3, down: R2, message: 'index', upgrade: `await op.createIndex('ix_items_note', 'items', ['note']);`, downgrade: `await op.dropIndex('ix_items_note');` });
}

const report = (stdout: string) => (JSON.parse(stdout) as { tenants: ReportRow[] }).tenants;
const conflict = (f: TenantFixture, name: string) =>
  f.inTenant(name, (db, schema) => db.exec(`create schema if not exists ${quoteIdent(schema)}; create table ${quoteIdent(schema)}.items (x text)`));
const fix = (f: TenantFixture, name: string) => f.inTenant(name, (db, schema) => db.exec(`drop table ${quoteIdent(schema)}.items`));

const states = (f: TenantFixture) => f.states();

describe.each(tenantFixtures())('tenant fan-out: %s', (_label, make) => {
  let f: TenantFixture;
  let project: CliProject;

  beforeAll(async () => {
    f = await make();
    project = new CliProject(f.url, { tenants: f.tenants, schema: { drizzle: './schema.ts' } });
    symlinkSync(DRIZZLE_MODULES, join(project.dir, 'node_modules'), 'dir');
    writeFileSync(join(project.dir, 'schema.ts'), MODEL);
    writeRevisions(project);
  });

  afterAll(async () => {
    project?.dispose();
    await f?.dispose();
  });

  it('a failing canary stops the run before any other tenant starts', async () => {
    const first = f.names[0]!;
    await conflict(f, first);
    const r = await project.run('upgrade', 'head', '--tenants', '--canary', '3', '--concurrency', '4', '--json');
    expect(r.code).toBe(1);
    const rows = report(r.stdout);
    expect(rows[0]).toMatchObject({ name: first, status: 'failed', error: { message: expect.stringContaining('items') } });
    expect(rows.slice(1).every((row) => row.status === 'not-started')).toBe(true);
    const after = await states(f);
    for (const name of f.names.slice(1)) expect([name, after[name]]).toEqual([name, { version: [], items: false, note: false, slow: false }]);
    await fix(f, first);
  });

  it('one conflicting tenant fails alone and is named; --only-failed after the fix touches only it', async () => {
    const bad = f.names[7]!;
    await conflict(f, bad);
    const r = await project.run('upgrade', 'head', '--tenants', '--continue-on-error', '--concurrency', '4', '--json');
    expect(r.code).toBe(1);
    const rows = report(r.stdout);
    expect(rows.filter((row) => row.status !== 'ok').map((row) => row.name)).toEqual([bad]);
    expect(rows.find((row) => row.name === bad)).toMatchObject({ status: 'failed', to: [], error: { message: expect.stringContaining('items') } });
    let now = await states(f);
    for (const name of f.names) {
      const expected = name === bad ? { version: [], items: true, note: false, slow: false } : { version: [R3], items: true, note: true, slow: false };
      expect([name, now[name]]).toEqual([name, expected]);
    }

    const unfixed = await project.run('upgrade', 'head', '--only-failed');
    expect(unfixed.code).toBe(1);
    expect(unfixed.stdout).toMatch(new RegExp(`^${bad.replace(/[;\s]/g, '.')}\\s+\\?\\s+base\\s+\\d+ ms\\s+failed\\s+MIGRATION_FAILED`, 'm'));
    expect(unfixed.stdout).toContain('1 tenants: 0 ok, 1 failed, 0 not started.');

    await fix(f, bad);
    expect(readFileSync(join(project.dir, '.retort', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    const again = await project.run('upgrade', 'head', '--only-failed', '--json');
    expect(again.code).toBe(0);
    expect(report(again.stdout)).toEqual([expect.objectContaining({ name: bad, status: 'ok', from: [], to: [R3] })]);
    now = await states(f);
    for (const name of f.names) expect([name, now[name]]).toEqual([name, { version: [R3], items: true, note: true, slow: false }]);

    const current = await project.run('current', '--tenants', '--json');
    expect(JSON.parse(current.stdout)).toMatchObject({ heads: [R3], atRevision: [{ revisions: [R3], count: 30, atHead: true }], behind: [] });
  });

  it('current --tenants counts tenants per revision and names those behind', async () => {
    expect((await project.run('upgrade', R3, '--tenants')).code).toBe(0);
    const [a, b] = [f.names[2]!, f.names[29]!];
    const down = await project.run('downgrade', R1, '--tenant', a, '--tenant', b);
    expect(down.code).toBe(0);
    const r = await project.run('current', '--tenants', '--check-heads');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^28\\s+${R3}\\s+\\(head\\)$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^2\\s+${R1}\\s+\\(behind\\)$`, 'm'));
    expect(r.stdout).toContain(`Behind the head (${R3}): ${a}, ${b}`);
    const history = await project.run('history', '-i', '--tenants');
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(new RegExp(`-> ${R3} \\(head\\).*\\(current: 28 of 30 tenants\\)`));
    expect(history.stdout).toMatch(new RegExp(`-> ${R1}.*\\(current: 2 of 30 tenants\\)`));
    expect(history.stdout).not.toMatch(new RegExp(`-> ${R2}.*current`));
    expect((await project.run('upgrade', 'head', '--tenant', b, '--tenant', a)).code).toBe(0);
  });

  it('kill -9 in the middle of a fan-out leaves every version table in agreement with its schema', async () => {
    expect((await project.run('upgrade', R3, '--tenants')).code).toBe(0);
    project.writeRevision({
      rev: R4,
      down: R3,
      message: 'slow',
      upgrade: `await op.createTable('slow', { columns: [{ name: 'id', type: 'integer' }] });\n  await op.execute('select pg_sleep(0.3)');`,
      downgrade: `await op.dropTable('slow');`,
    });
    const child = spawn(process.execPath, [BIN, 'upgrade', 'head', '--tenants', '--concurrency', '4'], {
      cwd: project.dir,
      env: { ...process.env, RETORT_DATABASE_URL: undefined } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const closed = new Promise((done) => child.on('close', done));
    await new Promise<void>((done) => {
      child.stderr.on('data', (d: Buffer) => {
        if (/Tenants: [1-9]\d*\/30 finished/.test(String(d))) done();
      });
      child.on('close', () => done());
    });
    child.kill('SIGKILL');
    await closed;
    const after = await states(f);
    const at = (rev: string) => f.names.filter((n) => after[n]!.version.join() === rev);
    expect(at(R4).length).toBeGreaterThan(0);
    expect(at(R3).length).toBeGreaterThan(0);
    expect(at(R4).length + at(R3).length).toBe(30);
    for (const name of f.names) expect([name, after[name]!.slow]).toEqual([name, after[name]!.version[0] === R4]);

    const resumed = await project.run('upgrade', 'head', '--tenants', '--concurrency', '8');
    expect(resumed.code).toBe(0);
    const done = await states(f);
    for (const name of f.names) expect([name, done[name]]).toEqual([name, { version: [R4], items: true, note: true, slow: true }]);
  });

  it('check --tenants names the tenant whose schema drifted from the model; autogenerate compares one tenant', async () => {
    const inSync = await project.run('check', '--tenants');
    expect({ code: inSync.code, stdout: inSync.stdout }).toEqual({ code: 0, stdout: expect.stringMatching(/in sync/) });
    const drifted = f.names[5]!;
    await f.inTenant(drifted, (db, schema) => db.exec(`alter table ${quoteIdent(schema)}.items add column extra integer`));
    const r = await project.run('check', '--tenants', '--json');
    expect(r.code).toBe(1);
    const rows = (JSON.parse(r.stdout) as { tenants: { name: string; status: string; changes: number | null }[] }).tenants;
    expect(rows.filter((row) => row.status !== 'in sync')).toEqual([expect.objectContaining({ name: drifted, status: 'drift', changes: 1 })]);
    const text = await project.run('check', '--tenants');
    expect(text.stdout).toContain(`Drift in ${drifted}:`);
    expect(text.stdout).toContain('extra');

    const one = await project.run('diff', '--tenant', drifted, '--no-interactive');
    expect(one.code).toBe(0);
    expect(one.stderr).toContain(`Comparing with tenant ${drifted}.`);
    expect(one.stdout).toContain('extra');
    const first = await project.run('check', '--no-interactive');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`Comparing with tenant ${f.names[0]}.`);
  });
});
