import { testTargets } from '@retort/testing';
import { runEdit } from '../support/edit-scenario';

// each edit builds two databases (retort's and drizzle-kit's) and runs six autogenerate/migrate steps
jest.setTimeout(300_000);

/** Reads one index back from the live database (pg_indexes), to see that the edit really happened. */
const indexdef = (name: string) => `select indexdef from pg_indexes where indexname = '${name}'`;

const model = (indexes: string) => `import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
export const people = pgTable('people', { id: integer('id').primaryKey(), name: text('name'), age: integer('age') }, (t) => [${indexes}]);
`;

describe.each(testTargets())('index edits on $name', (target) => {
  test('storage parameters: added, changed, compared', async () => {
    const { problems, probes } = await runEdit(target, {
      before: model(`index('people_name').on(t.name).with({ fillfactor: 70 })`),
      after: model(`index('people_name').on(t.name).with({ fillfactor: 50 }), index('people_age').on(t.age).with({ fillfactor: 90, deduplicate_items: false })`),
      schemas: ['public'],
      probe: [indexdef('people_name'), indexdef('people_age')],
    });
    expect(problems).toEqual([]);
    expect(probes).toEqual([
      [{ indexdef: "CREATE INDEX people_name ON public.people USING btree (name) WITH (fillfactor='50')" }],
      [{ indexdef: "CREATE INDEX people_age ON public.people USING btree (age) WITH (deduplicate_items='false', fillfactor='90')" }],
    ]);
  });

  test('expression keys: sql`name` is a column key, sql`name desc` valid SQL', async () => {
    const { problems } = await runEdit(target, {
      before: model(``),
      after: model(`index('people_name').on(sql\`name\`), index('people_name_desc').on(sql\`name desc\`), index('people_lower').using('btree', sql\`lower(name)\`)`),
      schemas: ['public'],
    });
    expect(problems).toEqual([]);
  });

  test('where(sql`true`) renders no predicate', async () => {
    const { problems } = await runEdit(target, {
      before: model(``),
      after: model(`index('people_age').on(t.age).where(sql\`true\`), index('people_adults').on(t.age).where(sql\`age >= 18\`)`),
      schemas: ['public'],
    });
    expect(problems).toEqual([]);
  });

  test('operator classes equal whether or not schema-qualified', async () => {
    const { problems } = await runEdit(target, {
      before: model(``),
      after: model(`index('people_name_pattern').using('btree', t.name.op('pg_catalog.text_pattern_ops')), index('people_name_pattern2').using('btree', t.name.op('text_pattern_ops'))`),
      schemas: ['public'],
    });
    expect(problems).toEqual([]);
  });
});
