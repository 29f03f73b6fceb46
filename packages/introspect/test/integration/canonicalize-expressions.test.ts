import { testTargets } from '@retort/testing';
import { canonicalizeExpressions, introspect } from '../../src';
import { sharedDatabase } from './helpers';

const columns = [
  { name: 'price', type: 'numeric(12,2)' },
  { name: 'email', type: 'varchar(255)' },
  { name: 'user', type: 'text' },
  { name: 'status', type: 'canon.mood' },
];
const types = { enums: [{ schema: 'canon', name: 'mood', values: ['sad', 'happy'] }] };

describe.each(testTargets())('canonicalizeExpressions on $name', (target) => {
  const db = sharedDatabase(target);

  test('prints expressions the way introspection reads them back', async () => {
    const results = await canonicalizeExpressions(
      db.conn(),
      [
        { kind: 'default', type: 'text', expression: "'a'" },
        { kind: 'default', type: 'timestamptz', expression: 'current_timestamp' },
        { kind: 'default', type: 'numeric', expression: "'1e3'" },
        { kind: 'check', columns, expression: 'price > 0' },
        { kind: 'check', columns, expression: `"user" <> '' AND email LIKE '%@%'` },
        { kind: 'index', columns, expression: 'lower(email)' },
        { kind: 'index', columns, expression: 'price * 2' },
        { kind: 'where', columns, expression: "status <> 'sad'" },
        { kind: 'generated', type: 'text', columns, expression: 'upper("user")' },
      ],
      { types },
    );
    expect(results).toEqual([
      { expression: "'a'::text", error: null },
      { expression: 'CURRENT_TIMESTAMP', error: null },
      { expression: "'1000'::numeric", error: null },
      { expression: '(price > (0)::numeric)', error: null },
      { expression: `(("user" <> ''::text) AND ((email)::text ~~ '%@%'::text))`, error: null },
      { expression: 'lower((email)::text)', error: null },
      { expression: '((price * (2)::numeric))', error: null },
      { expression: "(status <> 'sad'::canon.mood)", error: null },
      { expression: 'upper("user")', error: null },
    ]);
  });

  test('agrees with introspection of the same objects', async () => {
    const conn = db.conn();
    await conn.exec(`create schema canon2;
      create table canon2.t (price numeric(12,2), email varchar(255), check (price > 0));
      create index t_expr on canon2.t (lower(email)) where (price > 10);`);
    const model = await introspect(conn, { schemas: ['canon2'] });
    const table = model.tables[0]!;
    const cols = [{ name: 'price', type: 'numeric(12,2)' }, { name: 'email', type: 'varchar(255)' }];
    const results = await canonicalizeExpressions(conn, [
      { kind: 'check', columns: cols, expression: 'price > 0' },
      { kind: 'index', columns: cols, expression: 'lower(email)' },
      { kind: 'where', columns: cols, expression: 'price > 10' },
    ]);
    expect(results.map((r) => r.expression)).toEqual([
      table.checks[0]!.expression,
      table.indexes[0]!.keys[0]!.expression,
      table.indexes[0]!.where,
    ]);
  });

  test('reports a bad expression without failing the batch, and leaves nothing behind', async () => {
    const conn = db.conn();
    const results = await canonicalizeExpressions(conn, [
      { kind: 'check', columns: columns.slice(0, 3), expression: 'no_such_column > 0' },
      { kind: 'default', type: 'integer', expression: '1 + 1' },
    ]);
    expect(results[0]!.expression).toBeNull();
    expect(results[0]!.error).toMatch(/no_such_column/);
    expect(results[1]).toEqual({ expression: '(1 + 1)', error: null });
    const leftovers = await conn.query(`select nspname from pg_namespace where nspname like 'retort_canon_%' or nspname = 'canon'`);
    expect(leftovers).toEqual([]);
    expect(await conn.query('select 1 as ok')).toEqual([{ ok: 1 }]);
  });
});
