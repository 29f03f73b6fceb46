import {
  compileOperation,
  IrreversibleOperationError,
  reverseOp,
  reverseOps,
  type Operation,
} from '@retort/ops';
import { viewKindSamples as s } from './sample-view-operations';

const sql = (op: Operation) => compileOperation(op).map((st) => st.sql);

describe('compile views and materialized views', () => {
  it.each<[Operation, string[]]>([
    [
      s.createView,
      [
        `CREATE VIEW "app"."active users" WITH ("security_barrier" = true) AS SELECT id, name FROM app.users WHERE (name <> 'x')`,
      ],
    ],
    [
      { kind: 'createView', name: 'v', definition: ' SELECT 2 AS two;\n', orReplace: true },
      ['CREATE OR REPLACE VIEW "v" AS SELECT 2 AS two'],
    ],
    [s.dropView, ['DROP VIEW "order"']],
    [
      s.createMaterializedView,
      [
        'CREATE MATERIALIZED VIEW "totals" USING "heap2" WITH ("fillfactor" = 80) AS SELECT sum(amount) AS total FROM orders WITH NO DATA',
      ],
    ],
    [s.dropMaterializedView, ['DROP MATERIALIZED VIEW "app"."totals"']],
  ])('%o', (op, expected) => {
    expect(sql(op)).toStrictEqual(expected);
  });
});

describe('reverseOp for views and materialized views', () => {
  it.each<[string, Operation, Operation]>([
    [
      'createView → dropView with its definition',
      s.createView,
      {
        kind: 'dropView',
        name: 'active users',
        schema: 'app',
        definition: { definition: s.createView.definition, with: { security_barrier: 'true' } },
      },
    ],
    [
      'dropView → createView',
      s.dropView,
      {
        kind: 'createView',
        name: 'order',
        definition: 'SELECT 1 AS one',
        with: { check_option: 'local' },
      },
    ],
    [
      'createView OR REPLACE → OR REPLACE with the query it replaced',
      {
        kind: 'createView',
        name: 'v',
        definition: 'SELECT 2 AS two',
        orReplace: true,
        existing: { definition: 'SELECT 1 AS two' },
      },
      {
        kind: 'createView',
        name: 'v',
        definition: 'SELECT 1 AS two',
        orReplace: true,
        existing: { definition: 'SELECT 2 AS two' },
      },
    ],
    [
      'createMaterializedView → dropMaterializedView with its definition',
      s.createMaterializedView,
      {
        kind: 'dropMaterializedView',
        name: 'totals',
        definition: {
          definition: s.createMaterializedView.definition,
          using: 'heap2',
          with: { fillfactor: '80' },
          withNoData: true,
        },
      },
    ],
    [
      'dropMaterializedView → createMaterializedView',
      s.dropMaterializedView,
      {
        kind: 'createMaterializedView',
        name: 'totals',
        schema: 'app',
        definition: 'SELECT 1 AS one',
        withNoData: true,
      },
    ],
  ])('%s', (_label, op, expected) => {
    expect(reverseOp(op)).toStrictEqual(expected);
  });

  it('reverses twice to the same operation', () => {
    for (const op of Object.values(s)) expect(reverseOp(reverseOp(op))).toStrictEqual(op);
  });

  it('refuses drops without their definition, and OR REPLACE without the view it replaced', () => {
    expect(() => reverseOps([{ kind: 'dropView', name: 'v' }])).toThrow(IrreversibleOperationError);
    expect(() => reverseOp({ kind: 'dropMaterializedView', name: 'm' })).toThrow(
      'materialized view m was dropped without its definition',
    );
    expect(() =>
      reverseOp({ kind: 'createView', name: 'v', definition: 'SELECT 1', orReplace: true }),
    ).toThrow('the view v that CREATE OR REPLACE replaced is not known');
  });
});
