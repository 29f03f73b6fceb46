import { diff, downgradeFor } from '@retort/diff';
import { compileOperation, type Operation } from '@retort/ops';
import { col, enumType, idTable, model } from './builders';
import { richModel } from './rich-model';

/** Every operation the diff emits, and every downgrade step, is one the ops compiler accepts. */
describe('operations compile', () => {
  const pairs = [
    [model(), richModel()],
    [richModel(), model()],
    [
      model({
        enums: [enumType('mood', ['a', 'b'])],
        tables: [
          idTable('t', [col('m', 'public.mood', { default: "'a'::mood" }), col('n', 'text')]),
        ],
      }),
      model({
        enums: [enumType('mood', ['b', 'c', 'a'])],
        tables: [
          idTable('t', [
            col('m', 'public.mood', { default: "'b'::mood" }),
            col('n', 'integer', { nullable: false }),
          ]),
        ],
      }),
    ],
  ] as const;

  it.each(pairs.map((p, i) => [i, ...p]))('pair %i, both ways', (_i, a, b) => {
    const up = diff(a, b);
    const down = downgradeFor(up).flatMap((s) => ('op' in s ? [s.op] : []));
    const statements = [...up.map((e) => e.op), ...down].flatMap((op: Operation) =>
      compileOperation(op),
    );
    expect(statements.length).toBeGreaterThan(0);
  });

  it('spells a type change with USING in SQL', () => {
    const [entry] = diff(
      model({ tables: [idTable('t', [col('n', 'text')])] }),
      model({ tables: [idTable('t', [col('n', 'integer')])] }),
    );
    expect(compileOperation(entry!.op).map((s) => s.sql)).toEqual([
      'ALTER TABLE "t" ALTER COLUMN "n" TYPE integer USING "n"::integer',
    ]);
  });
});
