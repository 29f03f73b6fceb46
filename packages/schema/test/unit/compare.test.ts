import type { SchemaModel, Table } from '../../src/model';
import { diffPaths, modelsEqual } from '../../src/compare';
import { emptyModel, normalizeModel } from '../../src/normalize';

const table = (over: Partial<Table> = {}): Table => ({
  schema: 'public',
  name: 'users',
  comment: null,
  columns: [
    { name: 'id', type: 'integer', nullable: false, default: null, identity: null, generated: null, collation: null, comment: null },
    { name: 'email', type: 'text', nullable: false, default: null, identity: null, generated: null, collation: null, comment: null },
  ],
  primaryKey: { name: 'users_pkey', columns: ['id'] },
  foreignKeys: [],
  uniques: [],
  checks: [],
  indexes: [],
  exclusions: [],
  rowLevelSecurity: false,
  policies: [],
  ...over,
});
const model = (...tables: Table[]): SchemaModel => ({ ...emptyModel(), schemas: ['public'], tables });

describe('diffPaths', () => {
  test('equal models have no differences', () => {
    expect(diffPaths(model(table()), model(table()))).toEqual([]);
    expect(modelsEqual(model(table()), model(table()))).toBe(true);
  });

  test('index keys that differ only in the order of their fields are equal', () => {
    const index = (key: object) => ({ name: 'users_lower_idx', unique: false, method: 'btree', keys: [key], where: null, include: [], nullsNotDistinct: false, with: [] });
    const a = table({ indexes: [index({ column: null, expression: 'lower(email)', order: 'asc', nulls: 'last', opclass: null, collation: null })] as never });
    const b = table({ indexes: [index({ column: null, expression: 'lower(email)', opclass: null, collation: null, order: 'asc', nulls: 'last' })] as never });
    expect(diffPaths(model(a), model(b))).toEqual([]);
    const c = table({ indexes: [index({ column: null, expression: 'lower(email)', opclass: null, collation: null, order: 'desc', nulls: 'first' })] as never });
    expect(diffPaths(model(a), model(c))).toHaveLength(1);
  });

  test('names paths by key, not position', () => {
    const b = table();
    b.columns[1] = { ...b.columns[1]!, type: 'character varying(255)' };
    expect(diffPaths(model(table()), model(b))).toEqual([
      "tables[public.users].columns[email].type: 'text' ≠ 'character varying(255)'",
    ]);
  });

  test('reports missing items and order', () => {
    const b = table({ columns: [...table().columns].reverse() });
    expect(diffPaths(model(table()), model(b))).toEqual(['tables[public.users].columns: order [id, email] ≠ [email, id]']);
    expect(diffPaths(model(table()), model())).toEqual(['tables[public.users]: only in first']);
    expect(diffPaths(model(), model(table({ name: 'x' })))).toEqual(['tables[public.x]: only in second']);
    expect(diffPaths(model(table()), model(table({ primaryKey: null })))).toEqual([
      'tables[public.users].primaryKey: {"name":"users_pkey","columns":["id"]} ≠ null',
    ]);
  });

  test('unkeyed lists compare as values', () => {
    const b = table({ primaryKey: { name: 'users_pkey', columns: ['id', 'email'] } });
    expect(diffPaths(model(table()), model(b))).toEqual(['tables[public.users].primaryKey.columns: ["id"] ≠ ["id","email"]']);
  });
});

describe('normalizeModel', () => {
  test('sorts unordered lists and keeps column order', () => {
    const t = table({
      checks: [{ name: 'b', expression: '(id > 1)' }, { name: 'a', expression: '(id > 0)' }],
    });
    const m = normalizeModel({ ...model(table({ name: 'z' }), t), schemas: ['public', 'app', 'public'] });
    expect(m.schemas).toEqual(['app', 'public']);
    expect(m.tables.map((x) => x.name)).toEqual(['users', 'z']);
    expect(m.tables[0]!.checks.map((c) => c.name)).toEqual(['a', 'b']);
    expect(m.tables[0]!.columns.map((c) => c.name)).toEqual(['id', 'email']);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});
