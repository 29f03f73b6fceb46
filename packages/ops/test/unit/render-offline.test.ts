import { compileOperation, renderStatementOffline } from '@retort/ops';

const offline = (sql: string, params?: unknown[]) =>
  renderStatementOffline(
    params === undefined ? { sql, transactional: true } : { sql, params, transactional: true },
  );

describe('renderStatementOffline', () => {
  it('ends a statement with one semicolon', () => {
    expect(offline('SELECT 1')).toBe('SELECT 1;');
    expect(offline('SELECT 1;  \n')).toBe('SELECT 1;');
  });

  it.each<[unknown, string]>([
    ["it's", "'it''s'"],
    [42, '42'],
    [1.5, '1.5'],
    [-3, '(-3)'],
    [Number.NaN, "'NaN'"],
    [12345678901234567890n, '12345678901234567890'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [null, 'NULL'],
    [undefined, 'NULL'],
    [new Date('2026-01-02T03:04:05.000Z'), "'2026-01-02T03:04:05.000Z'"],
    [Buffer.from([0, 1, 254, 255]), "'\\x0001feff'::bytea"],
    [['a', 'b"c', null, 1], `'{"a","b\\"c",NULL,"1"}'`],
    [[[1, 2], [3]], `'{{"1","2"},{"3"}}'`],
    [{ a: "it's", b: [1] }, `'{"a":"it''s","b":[1]}'`],
  ])('inlines %p as %s', (value, literal) => {
    expect(offline('SELECT $1', [value])).toBe(`SELECT ${literal};`);
  });

  it('replaces multi-digit parameters and repeated ones', () => {
    const params = Array.from({ length: 11 }, (_, i) => i + 1);
    expect(offline('SELECT $1, $10, $11, $1', params)).toBe('SELECT 1, 10, 11, 1;');
  });

  it('leaves $n inside strings, identifiers, comments and dollar quotes alone', () => {
    const sql = `SELECT '$1', "$1", $1, $$ $1 $$, $fn$ $1 $fn$ -- $1\n/* $1 */ , a$1`;
    expect(offline(sql, ['x'])).toBe(
      `SELECT '$1', "$1", 'x', $$ $1 $$, $fn$ $1 $fn$ -- $1\n/* $1 */ , a$1;`,
    );
  });

  it('refuses a parameter without a value', () => {
    expect(() => offline('SELECT $2', [1])).toThrow('No value for parameter $2');
  });

  it('renders a bulk insert as a self-contained script line', () => {
    const [statement] = compileOperation({
      kind: 'bulkInsert',
      table: 'users',
      rows: [
        { name: "O'Brien", tags: ['a'] },
        { name: 'Ann', meta: { vip: true } },
      ],
    });
    expect(statement && renderStatementOffline(statement)).toBe(
      `INSERT INTO "users" ("name", "tags", "meta") VALUES ('O''Brien', '{"a"}', DEFAULT), ('Ann', DEFAULT, '{"vip":true}');`,
    );
  });
});
