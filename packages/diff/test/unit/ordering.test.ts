import { diff } from '@retort/diff';
import type { Operation } from '@retort/ops';
import { col, enumType, fk, idTable, model, sequence, table } from './builders';

const steps = (entries: { op: Operation }[]) =>
  entries.map(({ op }) =>
    `${op.kind} ${'name' in op ? op.name : 'table' in op ? op.table : ''}`.trim(),
  );

describe('dependency order', () => {
  it('drops a table that others reference after dropping their foreign keys', () => {
    const before = model({
      tables: [
        idTable('comments', [col('post_id', 'integer')], {
          foreignKeys: [fk('comments_post_id_fkey', ['post_id'], 'posts', ['id'])],
        }),
        idTable('posts'),
      ],
    });
    const after = model({ tables: [idTable('comments', [col('post_id', 'integer')])] });
    expect(steps(diff(before, after))).toEqual([
      'dropConstraint comments_post_id_fkey',
      'dropTable posts',
    ]);
  });

  it('creates mutually referencing tables before either foreign key', () => {
    const a = idTable('a', [col('b_id', 'integer')], {
      foreignKeys: [fk('a_b_id_fkey', ['b_id'], 'b', ['id'])],
    });
    const b = idTable('b', [col('a_id', 'integer')], {
      foreignKeys: [fk('b_a_id_fkey', ['a_id'], 'a', ['id'])],
    });
    expect(steps(diff(model(), model({ tables: [a, b] })))).toEqual([
      'createTable a',
      'createTable b',
      'createForeignKey a_b_id_fkey',
      'createForeignKey b_a_id_fkey',
    ]);
    expect(steps(diff(model({ tables: [a, b] }), model()))).toEqual([
      'dropConstraint a_b_id_fkey',
      'dropConstraint b_a_id_fkey',
      'dropTable a',
      'dropTable b',
    ]);
  });

  it('creates the schema, enum and sequence before the table that uses them', () => {
    const target = model({
      schemas: ['app', 'public'],
      enums: [enumType('state', ['on', 'off'], 'app')],
      sequences: [sequence('ticket', { schema: 'app' })],
      tables: [
        table(
          't',
          [
            col('s', 'app.state'),
            col('n', 'bigint', { default: "nextval('app.ticket'::regclass)" }),
          ],
          { schema: 'app' },
        ),
      ],
    });
    expect(steps(diff(model(), target))).toEqual([
      'createSchema app',
      'createEnum state',
      'createSequence ticket',
      'createTable t',
    ]);
  });

  it('switches a column to a new enum before dropping the old one', () => {
    const before = model({
      enums: [enumType('old', ['a'])],
      tables: [idTable('t', [col('c', 'public.old')])],
    });
    const after = model({
      enums: [enumType('new', ['a'])],
      tables: [idTable('t', [col('c', 'public.new')])],
    });
    const entries = diff(before, after);
    expect(steps(entries)).toEqual(['createEnum new', 'alterColumn t', 'dropEnum old']);
    expect(entries[1]!.op).toMatchObject({ type: 'public.new', using: '"c"::text::public.new' });
  });

  it('adds a referenced unique key before the foreign key that needs it', () => {
    const u = {
      name: 'p_code_key',
      columns: ['code'],
      nullsNotDistinct: false,
      deferrable: false,
      initiallyDeferred: false,
    };
    const before = model({
      tables: [idTable('c', [col('code', 'text')]), idTable('p', [col('code', 'text')])],
    });
    const after = model({
      tables: [
        idTable('c', [col('code', 'text')], {
          foreignKeys: [fk('c_code_fkey', ['code'], 'p', ['code'])],
        }),
        idTable('p', [col('code', 'text')], { uniques: [u] }),
      ],
    });
    expect(steps(diff(before, after))).toEqual([
      'createUniqueConstraint p_code_key',
      'createForeignKey c_code_fkey',
    ]);
  });

  it('adds a column before the index and check that use it', () => {
    const before = model({ tables: [idTable('t')] });
    const after = model({
      tables: [
        idTable('t', [col('n', 'integer')], {
          checks: [{ name: 't_n_check', expression: '(n > 0)' }],
          indexes: [
            {
              name: 't_n_idx',
              unique: false,
              method: 'btree',
              keys: [
                {
                  column: 'n',
                  expression: null,
                  opclass: null,
                  collation: null,
                  order: 'asc',
                  nulls: 'last',
                },
              ],
              include: [],
              where: null,
              nullsNotDistinct: false,
              with: [],
            },
          ],
        }),
      ],
    });
    expect(steps(diff(before, after))).toEqual([
      'addColumn t',
      'createIndex t_n_idx',
      'createCheckConstraint t_n_check',
    ]);
  });

  it('is deterministic', () => {
    const before = model({ tables: [idTable('b'), idTable('a'), idTable('c')] });
    expect(JSON.stringify(diff(before, model()))).toBe(JSON.stringify(diff(before, model())));
    expect(steps(diff(before, model()))).toEqual(['dropTable a', 'dropTable b', 'dropTable c']);
  });
});
