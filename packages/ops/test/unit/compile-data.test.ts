import { compileOperation } from '@retort/ops';

describe('compile execute', () => {
  it('passes SQL and params through', () => {
    expect(
      compileOperation({ kind: 'execute', sql: 'UPDATE t SET a = $1', params: [1] }),
    ).toStrictEqual([{ sql: 'UPDATE t SET a = $1', params: [1], transactional: true }]);
    expect(compileOperation({ kind: 'execute', sql: 'SELECT 1' })).toStrictEqual([
      { sql: 'SELECT 1', transactional: true },
    ]);
  });
});

describe('compile bulkInsert', () => {
  it('renders one INSERT with a VALUES row per object and DEFAULT for missing keys', () => {
    expect(
      compileOperation({
        kind: 'bulkInsert',
        table: 'order',
        schema: 'shop',
        rows: [
          { id: 1, note: 'a' },
          { id: 2, status: null },
        ],
      }),
    ).toStrictEqual([
      {
        sql: 'INSERT INTO "shop"."order" ("id", "note", "status") VALUES ($1, $2, DEFAULT), ($3, DEFAULT, $4)',
        params: [1, 'a', 2, null],
        transactional: true,
      },
    ]);
  });

  it('renders nothing for no rows and DEFAULT VALUES for empty rows', () => {
    expect(compileOperation({ kind: 'bulkInsert', table: 't', rows: [] })).toStrictEqual([]);
    expect(compileOperation({ kind: 'bulkInsert', table: 't', rows: [{}] })).toStrictEqual([
      { sql: 'INSERT INTO "t" DEFAULT VALUES', transactional: true },
    ]);
  });

  it('splits only past the 65535-parameter limit', () => {
    const rows = Array.from({ length: 40000 }, (_, i) => ({ a: i, b: i }));
    const statements = compileOperation({ kind: 'bulkInsert', table: 't', rows });
    expect(statements.map((statement) => statement.params?.length)).toStrictEqual([65534, 14466]);
    expect(
      statements[1]?.sql.startsWith('INSERT INTO "t" ("a", "b") VALUES ($1, $2), ($3, $4)'),
    ).toBe(true);
  });
});
