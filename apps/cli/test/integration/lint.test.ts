import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { CliProject, runCli } from '../support/cli-project';
import { withDb } from '../support/db';

const R1 = 'aaaaaaaaaaa1';
const R2 = 'bbbbbbbbbbb2';
const ORDERS = [
  `await op.createTable('orders', { columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'note', type: 'text' }], primaryKey: { columns: ['id'] } });`,
  `await op.createIndex('orders_note_new', 'orders', ['note']);`,
  `await op.execute("INSERT INTO orders SELECT g, 'n' || g FROM generate_series(1, 20000) g");`,
  `await op.execute('ANALYZE orders');`,
].join('\n  ');
// a hand-written revision as a reviewer would see it: the lines below are 14, 15, 17, 18, 19
const HAZARDS = [
  `await op.createIndex('orders_note', 'orders', ['note']);`,
  `await op.createForeignKey('orders_self', 'orders', 'orders', ['id'], ['id']);`,
  `// retort-lint-ignore drop-column: nothing reads note since v2`,
  `await op.dropColumn('orders', 'note');`,
  `// retort-lint-ignore rename-table`,
  `await op.renameTable('orders', 'purchases');`,
].join('\n  ');
const SAFE = [
  `await op.setLockTimeout('5s');`,
  `await op.autocommitBlock(async () => {`,
  `  await op.createIndex('orders_note', 'orders', ['note'], { concurrently: true });`,
  `});`,
  `await op.createForeignKey('orders_self', 'orders', 'orders', ['id'], ['id'], { notValid: true });`,
  `await op.validateConstraint('orders_self', 'orders');`,
  `await op.autocommitBlock(async () => {`,
  `  await op.createIndex('orders_note_key', 'orders', ['note'], { unique: true, concurrently: true });`,
  `});`,
  `await op.createUniqueConstraint('orders_note_key', 'orders', ['note'], { usingIndex: 'orders_note_key' });`,
].join('\n  ');

jest.setTimeout(300_000);

describe.each(testTargets())('retort lint on $name', (target) => {
  let db: IsolatedDatabase;
  let project: CliProject;

  beforeEach(async () => {
    db = await target.create();
    project = new CliProject(db.url);
    project.writeRevision({
      rev: R1,
      message: 'orders',
      upgrade: `  ${ORDERS}`,
      downgrade: `await op.dropTable('orders');`,
    });
    project.writeRevision({ rev: R2, down: R1, message: 'hazards', upgrade: `  ${HAZARDS}` });
  });

  afterEach(async () => {
    project.dispose();
    await db.dispose();
  });

  it('lints the revisions not yet applied, with table sizes, suppressions and a CI exit code', async () => {
    const offline = await project.run('lint', '--offline');
    expect(offline.code).toBe(1);
    expect(offline.stdout).toContain(`migrations/versions/${R1}_orders.ts (${R1}: orders)`);
    expect(offline.stdout).toContain('(no database read: table sizes not shown)');
    // orders is created earlier in R1, so its index there is fine
    expect(offline.stdout).not.toContain('orders_note_new');

    expect((await project.run('upgrade', R1)).code).toBe(0);
    const pending = await project.run('lint');
    expect(pending.code).toBe(1);
    expect(pending.stdout).not.toContain(`${R1}_orders.ts`);
    const lines = pending.stdout.split('\n');
    const at = (n: number) =>
      lines
        .filter((l) => l.startsWith(`  ${n}: `))
        .map((l) => l.replace(/\(orders: [^)]*\)/, '(SIZE)'));
    expect(at(14)).toStrictEqual([
      '  14: warning missing-lock-timeout: op.createIndex takes a lock before any lock_timeout is set: while another session holds a conflicting lock it waits without limit, and every later query on the table waits behind it. (SIZE)',
      '  14: error concurrent-index: CREATE INDEX orders_note on existing table orders blocks writes to it until the index is built. (SIZE)',
    ]);
    expect(at(15)).toStrictEqual([
      '  15: error constraint-not-valid: ADD FOREIGN KEY orders_self on existing table orders checks every row while holding a lock that blocks writes. (SIZE)',
    ]);
    expect(at(17)).toStrictEqual([
      '  17: suppressed drop-column: Dropping orders.note loses its data, and running code that still reads or writes it fails. (SIZE)',
    ]);
    expect(at(18)[0]).toBe(
      '  18: error bad-suppression: retort-lint-ignore rename-table gives no reason, so it silences nothing.',
    );
    expect(at(19)[0]).toMatch(/^  19: warning rename-table: /);
    expect(pending.stdout).toMatch(/\(orders: ~20\.0k rows, \d+\.\d (kB|MB)\)/);
    expect(pending.stdout).toContain(
      '3 error(s), 2 warning(s), 0 unchecked/info, 1 suppressed in 1 revision(s)',
    );

    expect((await project.run('lint', '--fail-on', 'never')).code).toBe(0);
    const json = await project.run('lint', '--format', 'json');
    const parsed = JSON.parse(json.stdout) as {
      summary: object;
      sizes: boolean;
      files: {
        revision: string;
        findings: { rule: string; line: number; size?: { rows: number } }[];
      }[];
    };
    expect(parsed.summary).toStrictEqual({ error: 3, warning: 2, info: 0, suppressed: 1 });
    expect(parsed.sizes).toBe(true);
    expect(parsed.files.map((f) => f.revision)).toStrictEqual([R2]);
    expect(parsed.files[0]!.findings.find((f) => f.rule === 'concurrent-index')).toMatchObject({
      line: 14,
      size: { rows: 20000 },
    });
    const md = await project.run('lint', '--format', 'markdown');
    expect(md.stdout).toContain('| Where | Severity | Rule | Finding | Fix |');
    expect(md.stdout).toContain(
      `| migrations/versions/${R2}_hazards.ts:17 | suppressed (nothing reads note since v2) | \`drop-column\` |`,
    );

    // the lock-safe forms pass, on errors and on warnings
    project.writeRevision({ rev: R2, down: R1, message: 'hazards', upgrade: `  ${SAFE}` });
    const clean = await project.run('lint', '--fail-on', 'warning');
    expect(clean.stdout).toBe('No findings in 1 revision(s).\n');
    expect(clean.code).toBe(0);
    // and they run: the index is valid, the key validated
    expect((await project.run('upgrade', 'head')).code).toBe(0);
    const constraints = await withDb(db.url, (c) =>
      c.query<{ conname: string; contype: string; convalidated: boolean }>(
        `SELECT conname, contype, convalidated FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype IN ('f', 'u') ORDER BY 1`,
      ),
    );
    expect(constraints).toStrictEqual([
      { conname: 'orders_note_key', contype: 'u', convalidated: true },
      { conname: 'orders_self', contype: 'f', convalidated: true },
    ]);
    expect((await project.run('lint')).stdout).toBe('No findings in 0 revision(s).\n');
    expect((await project.run('lint', `${R2}:${R2}`)).stdout).toContain(
      'No findings in 1 revision(s).',
    );
  });

  it('a configured lockTimeout satisfies missing-lock-timeout; -x arguments reach upgrade()', async () => {
    const configured = new CliProject(db.url, { lockTimeout: '3s' });
    try {
      configured.writeRevision({
        rev: R1,
        message: 'comment',
        upgrade: `await op.setTableComment('orders', 'x');\n  if (op.args['keep'] !== 'yes') await op.dropTable('old');`,
      });
      const dropped = await configured.run('lint', '--offline', '--fail-on', 'warning');
      expect(dropped.stdout).not.toContain('missing-lock-timeout');
      expect(dropped.stdout).toContain('15: warning drop-table: Dropping old loses its data');
      expect(dropped.code).toBe(1);
      const kept = await configured.run(
        'lint',
        `${R1}:${R1}`,
        '--offline',
        '--fail-on',
        'warning',
        '-x',
        'keep=yes',
      );
      expect(kept.stdout).toBe(
        'No findings in 1 revision(s).\n(no database read: table sizes not shown)\n',
      );
      expect(kept.code).toBe(0);
    } finally {
      configured.dispose();
    }
  });
});

describe('retort lint without a database', () => {
  it('falls back to every revision without sizes, and says so', async () => {
    const project = new CliProject('postgres://nobody@127.0.0.1:1/none');
    try {
      project.writeRevision({ rev: R1, message: 'drop', upgrade: `await op.dropTable('old');` });
      const result = await project.run('lint');
      expect(result.stderr).toContain(
        'Linting every revision without table sizes (--offline says so up front).',
      );
      expect(result.stdout).toContain('warning drop-table: Dropping old loses its data');
      expect(result.code).toBe(0); // warnings pass the default --fail-on error
      expect((await project.run('lint', '--fail-on', 'warning', '--offline')).code).toBe(1);
      const bad = await project.run('lint', '--fail-on', 'sometimes', '--offline');
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('Invalid values');
    } finally {
      project.dispose();
    }
  });
});

const DRIZZLE_MODULES = resolve(__dirname, '../../../examples/drizzle/node_modules');
const model = (index: boolean) =>
  `import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';\n` +
  `export const tasks = pgTable('tasks', { id: integer('id').primaryKey(), title: text('title') }${index ? `, (t) => [index('tasks_title_idx').on(t.title)]` : ''});\n`;

describe.each(testTargets())('check --format markdown with lint on $name', (target) => {
  it('adds the lint findings of the pending revision as it would be written, with the table size', async () => {
    const db = await target.create();
    const dir = mkdtempSync(join(tmpdir(), 'retort-check-lint-'));
    try {
      symlinkSync(DRIZZLE_MODULES, join(dir, 'node_modules'), 'dir');
      mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
      writeFileSync(
        join(dir, 'retort.config.ts'),
        `export default { url: ${JSON.stringify(db.url)}, schema: { drizzle: './schema.ts' } };\n`,
      );
      writeFileSync(join(dir, 'schema.ts'), model(false));
      const run = (...args: string[]) => runCli(args, { cwd: dir });
      for (const args of [
        ['revision', '--autogenerate', '-m', 'tasks'],
        ['upgrade', 'head'],
      ])
        expect((await run(...args)).code).toBe(0);
      writeFileSync(join(dir, 'schema.ts'), model(true));
      // the default online plan builds the index concurrently, after a lock timeout: clean
      const online = await run('check', '--format', 'markdown');
      expect(online.code).toBe(1);
      expect(online.stdout).toContain('#### retort lint of the pending revision\n\nNo lint findings.');
      // the simple plan writes the plain CREATE INDEX: its finding, with the table's size
      writeFileSync(
        join(dir, 'retort.config.ts'),
        `export default { url: ${JSON.stringify(db.url)}, plan: 'simple', schema: { drizzle: './schema.ts' } };\n`,
      );
      const check = await run('check', '--format', 'markdown');
      expect(check.code).toBe(1);
      expect(check.stdout).toMatch(
        /\| op 2 \(createIndex\) \| error \| `concurrent-index` \| CREATE INDEX tasks_title_idx on existing table tasks blocks writes to it until the index is built\. \(tasks: .+?\) \|/,
      );
      expect(check.stdout).not.toContain('missing-lock-timeout');
      // text output is unchanged
      expect((await run('check')).stdout).not.toContain('retort lint');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await db.dispose();
    }
  });
});
