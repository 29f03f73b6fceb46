import { compileOperation, type Operation } from '@retort/ops';
import { objectKindSamples as s } from './sample-object-kind-operations';

const sql = (op: Operation) => compileOperation(op).map((st) => st.sql);

describe('compile exclusion constraints, row-level security, policies and roles', () => {
  it.each<[Operation, string[]]>([
    [
      s.createExclusionConstraint,
      [
        'ALTER TABLE "app"."bookings" ADD CONSTRAINT "no_overlap" EXCLUDE USING gist (during WITH &&) DEFERRABLE INITIALLY DEFERRED',
      ],
    ],
    [
      {
        kind: 'createExclusionConstraint',
        name: 'x',
        table: 'order',
        expression: 'USING gist (r WITH &&)',
      },
      ['ALTER TABLE "order" ADD CONSTRAINT "x" EXCLUDE USING gist (r WITH &&)'],
    ],
    [s.setRowLevelSecurity, ['ALTER TABLE "order" ENABLE ROW LEVEL SECURITY']],
    [
      { kind: 'setRowLevelSecurity', table: 't', schema: 'a b', enabled: false },
      ['ALTER TABLE "a b"."t" DISABLE ROW LEVEL SECURITY'],
    ],
    [
      s.createPolicy,
      [
        'CREATE POLICY "own rows" ON "order" AS RESTRICTIVE FOR UPDATE TO "app user", CURRENT_USER, PUBLIC USING ((owner = CURRENT_USER)) WITH CHECK ((owner = CURRENT_USER))',
      ],
    ],
    [{ kind: 'createPolicy', name: 'p', table: 't' }, ['CREATE POLICY "p" ON "t"']],
    [s.alterPolicy, ['ALTER POLICY "own rows" ON "order" TO "reader" USING ((id > 1))']],
    [s.dropPolicy, ['DROP POLICY "own rows" ON "order"']],
    [s.createRole, ['CREATE ROLE "app""admin" WITH CREATEDB NOINHERIT']],
    [{ kind: 'createRole', name: 'r' }, ['CREATE ROLE "r"']],
    [s.alterRole, ['ALTER ROLE "reader" WITH CREATEROLE']],
    [s.dropRole, ['DROP ROLE "reader"']],
  ])('%o', (op, expected) => {
    expect(sql(op)).toStrictEqual(expected);
  });
});
