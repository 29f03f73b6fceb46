import { canonicalDefault, canonicalType, detectSerial, diffPaths, normalizeModel, type SchemaModel } from '@retort/schema';
import { testTargets } from '@retort/testing';
import { introspect, INTROSPECTION_QUERY_COUNT } from '../../src';
import { counting, fixtureSql, sharedDatabase } from './helpers';

const expected: SchemaModel = JSON.parse(fixtureSql('catalog-objects.expected.json'));

describe.each(testTargets())('introspect on $name', (target) => {
  const db = sharedDatabase(target);
  let model: SchemaModel;

  beforeAll(async () => {
    await db.conn().exec(fixtureSql('catalog-objects.sql'));
    model = await introspect(db.conn(), { schemas: ['app', 'public'] });
  });

  test('reads every kind of object exactly', () => {
    expect(diffPaths(model, expected)).toEqual([]);
    expect(model).toEqual(expected);
  });

  test('the model is sorted, plain JSON data', () => {
    expect(normalizeModel(model)).toEqual(model);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  test('types and defaults are already canonical for the pure functions', () => {
    for (const table of model.tables) {
      for (const column of table.columns) {
        expect(canonicalType(column.type)).toBe(column.type);
        if (column.default !== null) expect(canonicalDefault(column.default, column.type)).toBe(column.default);
      }
    }
  });

  test('serial columns are recognised', () => {
    const table = (name: string) => model.tables.find((t) => t.name === name)!;
    const kinds = (schema: string, name: string) =>
      table(name).columns.map((c) => detectSerial(schema, name, c, model.sequences));
    expect(kinds('public', 'order').slice(0, 2)).toEqual(['serial', null]);
    expect(kinds('app', 'weird; name')).toEqual(['bigserial', 'smallserial', null, null, null]);
  });

  test('runs a fixed number of queries whatever the number of tables', async () => {
    const conn = db.conn();
    await conn.exec('create schema count_a; create table count_a.t1 (id int primary key);');
    const few = counting(conn);
    await introspect(few, { schemas: ['count_a'] });
    await conn.exec(
      Array.from({ length: 30 }, (_, i) => `create table count_a.more${i} (id int primary key, ref int references count_a.t1);`).join('\n'),
    );
    const many = counting(conn);
    const big = await introspect(many, { schemas: ['count_a'] });
    expect(big.tables).toHaveLength(31);
    expect(few.count).toBe(INTROSPECTION_QUERY_COUNT);
    expect(many.count).toBe(INTROSPECTION_QUERY_COUNT);
  });

  test('schema filter and excluded version table', async () => {
    const conn = db.conn();
    await conn.exec(`create schema filt;
      create table filt.retort_version (version_num varchar(32) primary key);
      create table filt.kept (id serial primary key);
      create sequence filt.free;`);
    const result = await introspect(conn, { schemas: ['filt', 'missing'], excludeTables: [{ schema: 'filt', name: 'retort_version' }] });
    expect(result.schemas).toEqual(['filt']);
    expect(result.tables.map((t) => t.name)).toEqual(['kept']);
    expect(result.sequences.map((s) => s.name)).toEqual(['free', 'kept_id_seq']);
    expect(result.enums).toEqual([]);
  });

  test('by default reads every non-system schema', async () => {
    const all = await introspect(db.conn());
    expect(all.schemas).toEqual(expect.arrayContaining(['app', 'public', 'count_a']));
    expect(all.schemas.some((s) => s.startsWith('pg_') || s === 'information_schema')).toBe(false);
  });
});
