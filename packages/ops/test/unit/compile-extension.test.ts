import { compileOperation, reverseOp, type Operation } from '@retort/ops';

const sqlOf = (op: Operation) => compileOperation(op).map((statement) => statement.sql);

describe('compile extensions', () => {
  it('creates an extension, quoted, in the search_path or in a schema', () => {
    expect(sqlOf({ kind: 'createExtension', name: 'citext' })).toStrictEqual([
      'CREATE EXTENSION "citext"',
    ]);
    expect(
      sqlOf({ kind: 'createExtension', name: 'uuid-ossp', schema: 'my ext', ifNotExists: true }),
    ).toStrictEqual(['CREATE EXTENSION IF NOT EXISTS "uuid-ossp" SCHEMA "my ext"']);
  });

  it('drops an extension without CASCADE', () => {
    expect(sqlOf({ kind: 'dropExtension', name: 'pg_trgm', schema: 'ext' })).toStrictEqual([
      'DROP EXTENSION "pg_trgm"',
    ]);
    expect(sqlOf({ kind: 'dropExtension', name: 'pg_trgm', ifExists: true })).toStrictEqual([
      'DROP EXTENSION IF EXISTS "pg_trgm"',
    ]);
  });

  it('reverses create and drop exactly, schema and flags included', () => {
    const create: Operation = { kind: 'createExtension', name: 'citext', schema: 'ext', ifNotExists: true };
    const drop = reverseOp(create);
    expect(drop).toStrictEqual({ kind: 'dropExtension', name: 'citext', schema: 'ext', ifExists: true });
    expect(reverseOp(drop)).toStrictEqual(create);
  });
});
