import { diff } from '@retort/diff';
import type { Operation } from '@retort/ops';
import { col, fk, idTable, index, model, serial, table } from './builders';

const ops = (entries: { op: Operation }[]) => entries.map((e) => e.op);

describe('tables', () => {
  it('creates a table with its keys, checks and comments inline', () => {
    const users = idTable(
      'users',
      [col('email', 'character varying(255)', { nullable: false, comment: 'login' })],
      {
        comment: 'people',
        uniques: [
          {
            name: 'users_email_key',
            columns: ['email'],
            nullsNotDistinct: true,
            deferrable: false,
            initiallyDeferred: false,
          },
        ],
        checks: [{ name: 'users_email_check', expression: "((email)::text <> ''::text)" }],
      },
    );
    expect(diff(model(), model({ tables: [users] }))).toEqual([
      {
        op: {
          kind: 'createTable',
          name: 'users',
          columns: [
            { name: 'id', type: 'integer', nullable: false },
            { name: 'email', type: 'character varying(255)', nullable: false, comment: 'login' },
          ],
          primaryKey: { name: 'users_pkey', columns: ['id'] },
          uniques: [{ name: 'users_email_key', columns: ['email'], nullsNotDistinct: true }],
          checks: [{ name: 'users_email_check', expression: "((email)::text <> ''::text)" }],
          comment: 'people',
        },
        hazards: [],
      },
    ]);
  });

  it('creates a serial column as serial, without a separate sequence', () => {
    const id = serial('tags', 'id');
    const target = model({ tables: [table('tags', [id.column])], sequences: [id.sequence] });
    expect(ops(diff(model(), target))).toEqual([
      {
        kind: 'createTable',
        name: 'tags',
        columns: [{ name: 'id', type: 'serial', nullable: false }],
      },
    ]);
  });

  it('creates identity columns with only the options that differ from the defaults', () => {
    const identity = {
      generation: 'byDefault' as const,
      sequenceName: 't_id_seq',
      start: '10',
      increment: '1',
      minValue: '1',
      maxValue: '2147483647',
      cache: '20',
      cycle: false,
    };
    const target = model({
      tables: [table('t', [col('id', 'integer', { nullable: false, identity })])],
    });
    expect(ops(diff(model(), target))).toEqual([
      {
        kind: 'createTable',
        name: 't',
        columns: [
          {
            name: 'id',
            type: 'integer',
            nullable: false,
            identity: { always: false, start: 10, cache: 20 },
          },
        ],
      },
    ]);
  });

  it('creates tables in another schema with the schema spelled out', () => {
    const target = model({
      schemas: ['app', 'public'],
      tables: [table('t', [col('a', 'text')], { schema: 'app' })],
    });
    expect(ops(diff(model(), target))).toEqual([
      { kind: 'createSchema', name: 'app' },
      { kind: 'createTable', name: 't', schema: 'app', columns: [{ name: 'a', type: 'text' }] },
    ]);
  });

  it('creates indexes and foreign keys after every table, without hazards', () => {
    const users = idTable('users');
    const posts = idTable('posts', [col('user_id', 'integer')], {
      foreignKeys: [
        fk('posts_user_id_fkey', ['user_id'], 'users', ['id'], {
          onDelete: 'set null',
          deferrable: true,
        }),
      ],
      indexes: [index('posts_user_id_idx', ['user_id'])],
    });
    const entries = diff(model(), model({ tables: [posts, users] }));
    expect(entries.map((e) => [e.op.kind, (e.op as { name: string }).name])).toEqual([
      ['createTable', 'posts'],
      ['createTable', 'users'],
      ['createIndex', 'posts_user_id_idx'],
      ['createForeignKey', 'posts_user_id_fkey'],
    ]);
    expect(entries.flatMap((e) => e.hazards)).toEqual([]);
    expect(entries[3]!.op).toEqual({
      kind: 'createForeignKey',
      name: 'posts_user_id_fkey',
      table: 'posts',
      columns: ['user_id'],
      referencedTable: 'users',
      referencedColumns: ['id'],
      onDelete: 'set null',
      deferrable: true,
    });
  });

  it('drops a table with its full definition and a data-loss hazard', () => {
    const current = model({
      tables: [idTable('old', [col('note', 'text', { default: "'x'::text" })])],
    });
    const [entry, ...rest] = diff(current, model());
    expect(rest).toEqual([]);
    expect(entry!.op).toEqual({
      kind: 'dropTable',
      name: 'old',
      definition: {
        columns: [
          { name: 'id', type: 'integer', nullable: false },
          { name: 'note', type: 'text', default: "'x'::text" },
        ],
        primaryKey: { name: 'old_pkey', columns: ['id'] },
      },
    });
    expect(entry!.hazards.map((h) => h.code)).toEqual(['data-loss']);
  });

  it("drops a dropped table's foreign keys and indexes first, each with its definition", () => {
    const current = model({
      tables: [
        idTable('posts', [col('user_id', 'integer')], {
          foreignKeys: [fk('posts_user_id_fkey', ['user_id'], 'users', ['id'])],
          indexes: [index('posts_user_id_idx', ['user_id'])],
        }),
        idTable('users'),
      ],
    });
    expect(ops(diff(current, model({ tables: [idTable('users')] })))).toEqual([
      {
        kind: 'dropConstraint',
        name: 'posts_user_id_fkey',
        table: 'posts',
        definition: {
          type: 'foreignKey',
          columns: ['user_id'],
          referencedTable: 'users',
          referencedColumns: ['id'],
        },
      },
      {
        kind: 'dropIndex',
        name: 'posts_user_id_idx',
        table: 'posts',
        definition: { columns: [{ column: 'user_id' }] },
      },
      expect.objectContaining({ kind: 'dropTable', name: 'posts' }),
    ]);
  });

  it("drops a serial column's table without a separate sequence drop", () => {
    const id = serial('tags', 'id');
    const current = model({ tables: [table('tags', [id.column])], sequences: [id.sequence] });
    expect(ops(diff(current, model()))).toEqual([
      {
        kind: 'dropTable',
        name: 'tags',
        definition: { columns: [{ name: 'id', type: 'serial', nullable: false }] },
      },
    ]);
  });

  it('sets and removes table comments with the previous value', () => {
    const a = model({ tables: [idTable('t', [], { comment: 'old' })] });
    const b = model({ tables: [idTable('t', [], { comment: null })] });
    expect(ops(diff(a, b))).toEqual([
      { kind: 'setTableComment', table: 't', comment: null, existingComment: 'old' },
    ]);
  });

  it('never creates or drops the public schema', () => {
    expect(diff(model({ schemas: [] }), model({ schemas: ['public'] }))).toEqual([]);
    expect(diff(model({ schemas: ['public'] }), model({ schemas: [] }))).toEqual([]);
  });

  it('drops a schema last, with a hazard', () => {
    const current = model({
      schemas: ['app', 'public'],
      tables: [table('t', [col('a', 'text')], { schema: 'app' })],
    });
    const entries = diff(current, model());
    expect(ops(entries).map((o) => o.kind)).toEqual(['dropTable', 'dropSchema']);
    expect(entries[1]!.hazards.map((h) => h.code)).toEqual(['data-loss']);
  });
});
