import { compileOperation, type Operation } from '@retort/ops';

const sqlOf = (op: Operation) => compileOperation(op).map((statement) => statement.sql);

describe('compile enums', () => {
  it('creates and drops an enum', () => {
    expect(
      sqlOf({ kind: 'createEnum', name: 'mood', schema: 'app', values: ['sad', "it's ok"] }),
    ).toStrictEqual([`CREATE TYPE "app"."mood" AS ENUM ('sad', 'it''s ok')`]);
    expect(sqlOf({ kind: 'dropEnum', name: 'mood' })).toStrictEqual(['DROP TYPE "mood"']);
  });

  it('adds a value before or after another', () => {
    expect(
      sqlOf({ kind: 'addEnumValue', name: 'mood', value: 'happy', after: 'ok', ifNotExists: true }),
    ).toStrictEqual([`ALTER TYPE "mood" ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok'`]);
    expect(
      sqlOf({ kind: 'addEnumValue', name: 'mood', schema: 's', value: 'meh', before: 'ok' }),
    ).toStrictEqual([`ALTER TYPE "s"."mood" ADD VALUE 'meh' BEFORE 'ok'`]);
  });

  it('refuses both before and after', () => {
    expect(() =>
      compileOperation({ kind: 'addEnumValue', name: 'm', value: 'v', before: 'a', after: 'b' }),
    ).toThrow('not both');
  });

  it('renames a value', () => {
    expect(sqlOf({ kind: 'renameEnumValue', name: 'mood', from: 'ok', to: 'fine' })).toStrictEqual([
      `ALTER TYPE "mood" RENAME VALUE 'ok' TO 'fine'`,
    ]);
  });
});

describe('compile sequences', () => {
  it('creates a sequence with every option', () => {
    expect(
      sqlOf({
        kind: 'createSequence',
        name: 'order_seq',
        schema: 'app',
        ifNotExists: true,
        as: 'bigint',
        start: 10,
        increment: -1,
        minValue: '-9223372036854775808',
        maxValue: null,
        cache: 20,
        cycle: true,
        ownedBy: { table: 'order', column: 'id', schema: 'app' },
      }),
    ).toStrictEqual([
      'CREATE SEQUENCE IF NOT EXISTS "app"."order_seq" AS bigint START WITH 10 INCREMENT BY -1 MINVALUE -9223372036854775808 NO MAXVALUE CACHE 20 CYCLE OWNED BY "app"."order"."id"',
    ]);
  });

  it('alters and drops a sequence', () => {
    expect(
      sqlOf({
        kind: 'alterSequence',
        name: 'seq',
        changes: { increment: 5, cycle: false, ownedBy: null },
      }),
    ).toStrictEqual(['ALTER SEQUENCE "seq" INCREMENT BY 5 NO CYCLE OWNED BY NONE']);
    expect(sqlOf({ kind: 'alterSequence', name: 'seq', changes: {} })).toStrictEqual([]);
    expect(sqlOf({ kind: 'dropSequence', name: 'seq', schema: 's', ifExists: true })).toStrictEqual(
      ['DROP SEQUENCE IF EXISTS "s"."seq"'],
    );
  });

  it('refuses a non-integer option', () => {
    expect(() =>
      compileOperation({ kind: 'createSequence', name: 's', start: '1; DROP TABLE x' }),
    ).toThrow('Not an integer');
  });
});

describe('compile schemas', () => {
  it('creates and drops schemas', () => {
    expect(sqlOf({ kind: 'createSchema', name: 'app' })).toStrictEqual(['CREATE SCHEMA "app"']);
    expect(sqlOf({ kind: 'createSchema', name: 'a"b', ifNotExists: true })).toStrictEqual([
      'CREATE SCHEMA IF NOT EXISTS "a""b"',
    ]);
    expect(sqlOf({ kind: 'dropSchema', name: 'app', ifExists: true, cascade: true })).toStrictEqual(
      ['DROP SCHEMA IF EXISTS "app" CASCADE'],
    );
  });
});

describe('addEnumValue transaction mode', () => {
  it('runs inside the migration transaction (PostgreSQL >= 12); only an explicit block commits', () => {
    expect(compileOperation({ kind: 'addEnumValue', name: 'mood', value: 'happy' })).toEqual([
      { sql: `ALTER TYPE "mood" ADD VALUE 'happy'`, transactional: true },
    ]);
  });
});
