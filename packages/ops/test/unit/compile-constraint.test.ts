import { compileOperation, type Operation } from '@retort/ops';

const sqlOf = (op: Operation) => compileOperation(op).map((statement) => statement.sql);

describe('compile constraints', () => {
  it('adds a primary key', () => {
    expect(
      sqlOf({
        kind: 'createPrimaryKey',
        name: 'order_pkey',
        table: 'order',
        schema: 's',
        columns: ['id', 'line'],
      }),
    ).toStrictEqual([
      'ALTER TABLE "s"."order" ADD CONSTRAINT "order_pkey" PRIMARY KEY ("id", "line")',
    ]);
  });

  it('adds a foreign key with every option, NOT VALID', () => {
    expect(
      sqlOf({
        kind: 'createForeignKey',
        name: 'fk',
        table: 'posts',
        schema: 'blog',
        columns: ['author_id'],
        referencedSchema: 'auth',
        referencedTable: 'users',
        referencedColumns: ['id'],
        onDelete: 'cascade',
        onUpdate: 'restrict',
        match: 'simple',
        deferrable: true,
        notValid: true,
      }),
    ).toStrictEqual([
      'ALTER TABLE "blog"."posts" ADD CONSTRAINT "fk" FOREIGN KEY ("author_id") REFERENCES "auth"."users" ("id") MATCH SIMPLE ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE NOT VALID',
    ]);
  });

  it('adds a foreign key to a table in the same schema by default', () => {
    expect(
      sqlOf({
        kind: 'createForeignKey',
        name: 'fk',
        table: 'posts',
        columns: ['user_id'],
        referencedTable: 'user',
        referencedColumns: ['id'],
        onDelete: 'set default',
      }),
    ).toStrictEqual([
      'ALTER TABLE "posts" ADD CONSTRAINT "fk" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET DEFAULT',
    ]);
  });

  it('adds a unique constraint', () => {
    expect(
      sqlOf({
        kind: 'createUniqueConstraint',
        name: 'uq',
        table: 'users',
        columns: ['email'],
        nullsNotDistinct: true,
        deferrable: true,
        initiallyDeferred: true,
      }),
    ).toStrictEqual([
      'ALTER TABLE "users" ADD CONSTRAINT "uq" UNIQUE NULLS NOT DISTINCT ("email") DEFERRABLE INITIALLY DEFERRED',
    ]);
  });

  it('adds a check constraint, optionally NOT VALID', () => {
    expect(
      sqlOf({
        kind: 'createCheckConstraint',
        name: 'ck',
        table: 'users',
        expression: "name <> ''",
      }),
    ).toStrictEqual([`ALTER TABLE "users" ADD CONSTRAINT "ck" CHECK (name <> '')`]);
    expect(
      sqlOf({
        kind: 'createCheckConstraint',
        name: 'ck',
        table: 'users',
        expression: 'age > 0',
        notValid: true,
      }),
    ).toStrictEqual(['ALTER TABLE "users" ADD CONSTRAINT "ck" CHECK (age > 0) NOT VALID']);
  });

  it('drops and validates constraints', () => {
    expect(
      sqlOf({ kind: 'dropConstraint', name: 'weird; name', table: 'order', schema: 's' }),
    ).toStrictEqual(['ALTER TABLE "s"."order" DROP CONSTRAINT "weird; name"']);
    expect(
      sqlOf({ kind: 'dropConstraint', name: 'ck', table: 'users', ifExists: true }),
    ).toStrictEqual(['ALTER TABLE "users" DROP CONSTRAINT IF EXISTS "ck"']);
    expect(sqlOf({ kind: 'validateConstraint', name: 'fk', table: 'posts' })).toStrictEqual([
      'ALTER TABLE "posts" VALIDATE CONSTRAINT "fk"',
    ]);
    const usingIndex = {
      kind: 'createUniqueConstraint',
      name: 'u',
      table: 'order',
      columns: ['a'],
    } as const;
    expect(sqlOf({ ...usingIndex, usingIndex: 'u idx', deferrable: true })).toStrictEqual([
      'ALTER TABLE "order" ADD CONSTRAINT "u" UNIQUE USING INDEX "u idx" DEFERRABLE',
    ]);
    expect(sqlOf({ kind: 'setLockTimeout', timeout: "5s'" })).toStrictEqual([
      "SET lock_timeout = '5s'''",
    ]);
  });
});
