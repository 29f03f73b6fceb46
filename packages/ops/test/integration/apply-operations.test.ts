import {
  compileOperation,
  Operations,
  recordingExecutor,
  renderStatementOffline,
  reverseOps,
  type Operation,
} from '@retort/ops';
import { connectTest, testTargets, type TestConnection } from '@retort/testing';

const s = 'weird; name';

/** A migration touching every reversible kind, with awkward names throughout. */
async function upgrade(op: Operations): Promise<void> {
  await op.createSchema(s);
  await op.createEnum('mood', ['sad', "it's ok"], { schema: s });
  await op.createTable('a.b', {
    columns: [
      { name: 'x', type: 'integer', nullable: false },
      { name: 'y', type: 'integer' },
    ],
    primaryKey: { name: 'ab_pk', columns: ['x'] },
  });
  await op.createTable('order', {
    schema: s,
    columns: [
      { name: 'id', type: 'bigint', identity: { always: true, start: 100 }, primaryKey: true },
      { name: 'user', type: 'integer', nullable: false, comment: "it's" },
      { name: 'title', type: 'varchar(255)', collation: 'C', default: "'untitled'" },
      { name: 'qty', type: 'integer', default: '1' },
      { name: 'double', type: 'integer', generated: 'qty * 2' },
      { name: 'm', type: '"weird; name"."mood"' },
      { name: 'tags', type: 'text[]' },
      { name: 'meta', type: 'jsonb' },
    ],
    uniques: [{ columns: ['user', 'title'], nullsNotDistinct: true, deferrable: true }],
    checks: [{ name: 'a"b', expression: 'qty >= 0' }],
    comment: 'orders',
  });
  await op.createForeignKey('fk', 'order', 'a.b', ['user'], ['x'], {
    schema: s,
    onDelete: 'cascade',
    match: 'full',
    deferrable: true,
    initiallyDeferred: true,
  });
  await op.addColumn('a.b', { name: 'order', type: 'text', default: "'x'", comment: 'c' });
  await op.alterColumn('a.b', 'y', {
    ...{
      type: 'bigint',
      using: 'y::bigint',
      nullable: false,
      default: '5',
      comment: 'yy',
      newName: 'z',
    },
    ...{
      existingType: 'integer',
      existingNullable: true,
      existingDefault: null,
      existingComment: null,
    },
  });
  await op.alterColumn('a.b', 'x', { identity: { always: false }, existingIdentity: null });
  await op.createIndex(
    'ix "q"',
    'order',
    [{ column: 'title', order: 'desc', nulls: 'last' }, { expression: 'lower(title)' }],
    {
      schema: s,
      unique: true,
      include: ['qty'],
      where: 'qty > 0',
    },
  );
  await op.createCheckConstraint('ck', 'a.b', 'z > 0');
  await op.createUniqueConstraint('uq', 'a.b', ['order']);
  await op.renameEnumValue('mood', 'sad', 'blue', { schema: s });
  await op.createSequence('seq', {
    schema: s,
    as: 'bigint',
    start: 10,
    maxValue: 100,
    cycle: true,
  });
  await op.alterSequence(
    'seq',
    { increment: 5, cycle: false },
    { schema: s, existing: { increment: 1, cycle: true } },
  );
  await op.setTableComment('a.b', 'ab', { existingComment: null });
  await op.renameTable('a.b', 'order2');
}

async function applyAll(
  conn: TestConnection,
  ops: readonly Operation[],
  offline: boolean,
): Promise<void> {
  for (const statement of ops.flatMap(compileOperation)) {
    if (offline) await conn.exec(renderStatementOffline(statement));
    else await conn.query(statement.sql, statement.params);
  }
}

describe.each(testTargets())('compiled operations on $name', (target) => {
  it.each([false, true])('apply, insert and reverse cleanly (offline: %p)', async (offline) => {
    const db = await target.create();
    const conn = await connectTest(db.url);
    try {
      const recorder = recordingExecutor();
      await upgrade(new Operations(recorder, { args: {}, offline }));
      await applyAll(conn, recorder.operations, offline);
      const rows = [
        { user: 1, title: "O'x", m: 'blue', tags: ['a', 'b"c', null], meta: { k: "it's" } },
      ];
      const insert: Operation[] = [
        { kind: 'bulkInsert', table: 'order2', rows: [{ x: 1, z: 2 }] },
        { kind: 'bulkInsert', table: 'order', schema: s, rows },
      ];
      await applyAll(conn, insert, offline);
      const read = await conn.query(
        `SELECT title, "double", m::text, tags::text, meta->>'k' AS k FROM "${s}"."order"`,
      );
      expect({ ...read[0] }).toEqual({
        title: "O'x",
        double: 2,
        m: 'blue',
        tags: '{a,"b\\"c",NULL}',
        k: "it's",
      });
      await applyAll(conn, reverseOps(recorder.operations), offline);
      const left = await conn.query(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname IN ('public', $1)`,
        [s],
      );
      expect(left).toEqual([]);
    } finally {
      await conn.close();
      await db.dispose();
    }
  });
});
