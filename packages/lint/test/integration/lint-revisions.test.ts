import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLintReport, lintRevisions, readTableSizes, recordUpgrade } from '@retort/lint';
import {
  connectTest,
  testTargets,
  type IsolatedDatabase,
  type TestConnection,
} from '@retort/testing';

/** A hand-written revision: a helper, a loop, a multi-line call and an autocommit block. */
const HAND_WRITTEN = `import type { Operations } from 'retort-migrate';

type Op = Operations;
export const revision = 'cafe00000001';

export async function upgrade(op: Op): Promise<void> {
  await op.setLockTimeout('5s');
  for (const column of ['a', 'b']) {
    await op.addColumn('orders', { name: column, type: 'integer' });
  }
  await op.autocommitBlock(async () => {
    await op.createIndex('ix_a', 'orders', ['a'], { concurrently: true });
  });
  // retort-lint-ignore column-type-change: orders.b is empty
  await op.alterColumn('orders', 'b', {
    type: 'bigint',
    existingType: 'integer',
  });
  await op.createIndex('ix_b', 'orders', ['b']);
}

export async function downgrade(op: Op): Promise<void> {}
`;

describe('recordUpgrade', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'retort-lint-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records each op.* call with the TypeScript line it was called from', async () => {
    const file = join(dir, 'cafe00000001_hand.ts');
    writeFileSync(file, HAND_WRITTEN);
    const { calls, error } = await recordUpgrade(file, {});
    expect(error).toBeNull();
    expect(calls.map((c) => [c.op.kind, c.line, c.inAutocommitBlock])).toStrictEqual([
      ['setLockTimeout', 7, false],
      ['addColumn', 9, false],
      ['addColumn', 9, false],
      ['createIndex', 12, true],
      ['alterColumn', 15, false],
      ['createIndex', 19, false],
    ]);
  });

  it('keeps what was recorded before upgrade() threw, and says so', async () => {
    const file = join(dir, 'cafe00000002_throws.ts');
    writeFileSync(
      file,
      `export async function upgrade(op: any) {\n  await op.dropTable('t');\n  throw new Error('needs a database');\n}\n`,
    );
    const report = await lintRevisions({
      targets: [{ file, revision: 'cafe00000002', message: '' }],
      lockTimeoutConfigured: true,
      db: null,
    });
    expect(report.files[0]!.findings.map((f) => [f.rule, f.line])).toStrictEqual([
      ['drop-table', 2],
      ['unreadable-revision', null],
    ]);
    expect(report.files[0]!.findings[1]!.message).toContain(
      'threw after 1 operation(s) while being recorded, so the rest was not linted: needs a database',
    );
  });
});

describe.each(testTargets())('lint with table sizes on $name', (target) => {
  let db: IsolatedDatabase;
  let conn: TestConnection;
  let dir: string;

  beforeEach(async () => {
    db = await target.create();
    conn = await connectTest(db.url);
    dir = mkdtempSync(join(tmpdir(), 'retort-lint-'));
    await conn.exec(`CREATE SCHEMA "we;ird"; CREATE TABLE "we;ird"."order" (id int); CREATE TABLE orders (id int, a int, b int);
      INSERT INTO orders SELECT g, g, g FROM generate_series(1, 20000) g; ANALYZE orders;`);
  });

  afterEach(async () => {
    await conn.close();
    await db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads reltuples and pg_total_relation_size in one query, quoted names included', async () => {
    const sizes = await readTableSizes(conn, [
      { name: 'orders' },
      { schema: 'we;ird', name: 'order' },
      { name: 'missing' },
    ]);
    expect([...sizes.keys()].sort()).toStrictEqual(['public.orders', 'we;ird.order']);
    expect(sizes.get('public.orders')!.rows).toBe(20000);
    expect(sizes.get('public.orders')!.bytes).toBeGreaterThan(500_000);
    expect(sizes.get('we;ird.order')!.rows).toBeNull(); // never analyzed
  });

  it('attaches the size to findings on existing tables and honours the suppression', async () => {
    const file = join(dir, 'cafe00000001_hand.ts');
    writeFileSync(file, HAND_WRITTEN);
    const report = await lintRevisions({
      targets: [{ file, revision: 'cafe00000001', message: 'hand' }],
      lockTimeoutConfigured: false,
      db: conn,
    });
    const findings = report.files[0]!.findings;
    expect(
      findings.map((f) => `${f.line} ${f.rule}${f.suppressed ? ' (suppressed)' : ''}`),
    ).toStrictEqual(['15 column-type-change (suppressed)', '19 concurrent-index']);
    expect(findings[1]!.size?.rows).toBe(20000);
    const text = formatLintReport(report, 'text', { path: () => 'hand.ts' });
    expect(text).toMatch(
      /19: error concurrent-index: CREATE INDEX ix_b on existing table orders blocks writes to it until the index is built\. \(orders: ~20\.0k rows, \d+\.\d (kB|MB)\)/,
    );
    expect(text).toContain(
      '1 error(s), 0 warning(s), 0 unchecked/info, 1 suppressed in 1 revision(s)',
    );
  });
});
