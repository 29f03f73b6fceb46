import { join } from 'node:path';
import { extractDrizzle } from '../../src/drizzle/extract-drizzle';
import { jsonbText, literalDefault } from '../../src/drizzle/sql-render';

const DIR = join(__dirname, '..', 'fixtures', 'drizzle');
const extract = (file: string, casing?: 'snake_case') => extractDrizzle({ files: file, cwd: DIR, casing });
const table = async (file: string, name: string, casing?: 'snake_case') => (await extract(file, casing)).tables.find((t) => t.name === name)!;

describe('drizzle → SchemaModel (pure, no database)', () => {
  test('casing: keys become snake_case columns, generated names follow', async () => {
    const posts = await table('casing.ts', 'blog_posts', 'snake_case');
    expect(posts.columns.map((c) => c.name)).toEqual(['post_id', 'author_id', 'post_title']);
    expect(posts.foreignKeys.map((f) => f.name)).toEqual(['blog_posts_author_id_blog_authors_author_id_fk']);
    // drizzle names an unnamed table-level unique() from the keys, before casing (drizzle-kit keeps that name)
    expect(posts.uniques.map((u) => [u.name, u.columns])).toEqual([['blog_posts_authorId_postTitle_unique', ['author_id', 'post_title']]]);
  });

  test('names longer than 63 bytes are truncated as PostgreSQL does', async () => {
    const children = await table('long-names.ts', 'a_table_with_a_rather_long_name_for_children');
    expect(children.foreignKeys[0]!.name).toBe('a_table_with_a_rather_long_name_for_children_reference_to_the_p');
  });

  test('serial columns: integer type, nextval default, an owned sequence', async () => {
    const model = await extract('serial-keys.ts');
    expect(model.tables.find((t) => t.name === 'users')!.columns[0]).toMatchObject({
      type: 'integer', nullable: false, default: "nextval('users_id_seq'::regclass)", identity: null,
    });
    expect(model.sequences.map((s) => [s.name, s.type, s.maxValue, s.ownedBy])).toEqual([
      ['events_id_seq', 'bigint', '9223372036854775807', { table: 'events', column: 'id' }],
      ['events_seq_seq', 'smallint', '32767', { table: 'events', column: 'seq' }],
      ['users_id_seq', 'integer', '2147483647', { table: 'users', column: 'id' }],
    ]);
  });

  test('identity options are resolved with PostgreSQL defaults', async () => {
    const countdown = await table('identity.ts', 'countdown');
    expect(countdown.columns[0]!.identity).toEqual({
      generation: 'byDefault', sequenceName: 'countdown_custom_seq',
      start: '-1', increment: '-1', minValue: '-32768', maxValue: '-1', cache: '1', cycle: false,
    });
    expect(countdown.columns[0]!.nullable).toBe(false);
  });

  test('enum columns and enum arrays are schema-qualified types', async () => {
    const model = await extract('enums.ts');
    expect(model.tables[0]!.columns.map((c) => c.type)).toEqual(['integer', 'public.mood', 'public.weekday[]']);
    expect(model.enums).toEqual([
      { schema: 'public', name: 'mood', values: ['sad', 'ok', 'happy'] },
      { schema: 'public', name: 'weekday', values: ['mon', 'tue', 'wed'] },
    ]);
  });

  test('quoted identifiers keep their spelling; types are quoted where needed', async () => {
    const mixed = await table('reserved-names.ts', 'Mixed Case');
    expect(mixed.primaryKey).toEqual({ name: 'Mixed Case_pkey', columns: ['Id'] });
    expect(mixed.foreignKeys[0]).toMatchObject({ name: 'Mixed Case_order id_order_id_fk', referencedTable: 'order' });
  });
});

describe('JS default values as SQL', () => {
  test('jsonb in its output form', () => {
    expect(jsonbText({ bb: 1, a: [1, { c: null }], b: 'x' })).toBe('{"a": [1, {"c": null}], "b": "x", "bb": 1}');
    expect(literalDefault({ a: 1 }, 'jsonb')).toBe(`'{"a": 1}'::jsonb`);
  });

  test('arrays as PostgreSQL prints them', () => {
    expect(literalDefault(['a', 'b c', '', 'NULL', 'q"'], 'text[]')).toBe(`'{a,"b c","","NULL","q\\""}'`);
    expect(literalDefault([1, 2], 'integer[]')).toBe(`'{1,2}'`);
  });

  test('strings, numbers and booleans', () => {
    expect(literalDefault("it's", 'text')).toBe(`'it''s'`);
    expect(literalDefault(-1, 'integer')).toBe('-1');
    expect(literalDefault(true, 'boolean')).toBe('true');
  });
});
