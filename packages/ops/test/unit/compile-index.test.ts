import { compileOperation } from '@retort/ops';

describe('compile createIndex', () => {
  it('renders a plain index', () => {
    expect(
      compileOperation({
        kind: 'createIndex',
        name: 'ix_order',
        table: 'order',
        columns: [{ column: 'user' }],
      }),
    ).toStrictEqual([{ sql: 'CREATE INDEX "ix_order" ON "order" ("user")', transactional: true }]);
  });

  it('renders every option in PostgreSQL grammar order', () => {
    const [statement] = compileOperation({
      kind: 'createIndex',
      name: 'ix "q"',
      table: 'users',
      schema: 'app',
      unique: true,
      ifNotExists: true,
      method: 'btree',
      columns: [
        {
          column: 'email',
          collation: 'C',
          opclass: 'text_pattern_ops',
          order: 'desc',
          nulls: 'last',
        },
        { expression: 'lower(name)', order: 'asc', nulls: 'first' },
      ],
      include: ['id', 'order'],
      nullsNotDistinct: true,
      with: { fillfactor: 70, deduplicate_items: false, note: "it's" },
      where: 'deleted_at IS NULL',
    });
    expect(statement?.sql).toBe(
      'CREATE UNIQUE INDEX IF NOT EXISTS "ix ""q""" ON "app"."users" USING "btree" ' +
        '("email" COLLATE "C" text_pattern_ops DESC NULLS LAST, (lower(name)) ASC NULLS FIRST) ' +
        'INCLUDE ("id", "order") NULLS NOT DISTINCT ' +
        `WITH ("fillfactor" = 70, "deduplicate_items" = false, "note" = 'it''s') WHERE deleted_at IS NULL`,
    );
  });

  it('renders no predicate for an empty where', () => {
    const [statement] = compileOperation({
      kind: 'createIndex',
      name: 'ix',
      table: 't',
      columns: [{ column: 'a' }],
      where: ' ',
    });
    expect(statement?.sql).toBe('CREATE INDEX "ix" ON "t" ("a")');
  });

  it('marks CONCURRENTLY as non-transactional', () => {
    expect(
      compileOperation({
        kind: 'createIndex',
        name: 'ix_docs',
        table: 'docs',
        method: 'gin',
        columns: [{ column: 'body', opclass: 'public.gin_trgm_ops' }],
        concurrently: true,
      }),
    ).toStrictEqual([
      {
        sql: 'CREATE INDEX CONCURRENTLY "ix_docs" ON "docs" USING "gin" ("body" public.gin_trgm_ops)',
        transactional: false,
      },
    ]);
  });
});

describe('compile dropIndex', () => {
  it('drops a schema-qualified index', () => {
    expect(
      compileOperation({ kind: 'dropIndex', name: 'ix_order', schema: 'app', table: 'order' }),
    ).toStrictEqual([{ sql: 'DROP INDEX "app"."ix_order"', transactional: true }]);
  });

  it('drops concurrently, if it exists, outside a transaction', () => {
    expect(
      compileOperation({ kind: 'dropIndex', name: 'ix', concurrently: true, ifExists: true }),
    ).toStrictEqual([{ sql: 'DROP INDEX CONCURRENTLY IF EXISTS "ix"', transactional: false }]);
  });
});
