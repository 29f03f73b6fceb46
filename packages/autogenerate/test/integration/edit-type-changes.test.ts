import { testTargets } from '@retort/testing';
import { runEdit } from '../support/edit-scenario';

// each edit builds two databases (retort's and drizzle-kit's) and runs six autogenerate/migrate steps
jest.setTimeout(300_000);

const parentChild = (codeType: string) => `import { integer, pgTable, text, varchar, uuid } from 'drizzle-orm/pg-core';
export const parents = pgTable('parents', { id: integer('id').primaryKey(), code: ${codeType}.unique() });
export const children = pgTable('children', { id: integer('id').primaryKey(), parentCode: ${codeType.replace("'code'", "'parent_code'")}.references(() => parents.code) });
`;

const keyed = (id: string) => `import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
export const accounts = pgTable('accounts', { id: ${id}, name: text('name') });
export const sessions = pgTable('sessions', { id: integer('id').primaryKey(), account: ${id.replace(/\.primaryKey\(\)(\.defaultRandom\(\))?/, '').replace("'id'", "'account'")}.references(() => accounts.id) });
`;

describe.each(testTargets())('type changes under foreign keys on $name', (target) => {
  test('varchar → integer on a column a foreign key uses on both sides: drop the keys, alter both, re-create them', async () => {
    const { problems, ops } = await runEdit(target, {
      before: parentChild(`varchar('code', { length: 20 })`),
      after: parentChild(`integer('code')`),
      schemas: ['public'],
      seed: `insert into parents values (1, '10'), (2, '20'); insert into children values (1, '10'), (2, '20')`,
      probe: [`select parent_code from children order by id`],
    });
    expect(problems).toEqual([]);
    expect(ops.filter((o) => o.includes('dropConstraint'))).toHaveLength(1);
  });

  test('integer → uuid (no cast): drop and add, never an ALTER PostgreSQL rejects', async () => {
    const { problems, ops } = await runEdit(target, {
      before: keyed(`integer('id').primaryKey()`),
      after: keyed(`uuid('id').primaryKey().defaultRandom()`),
      schemas: ['public'],
      // on an empty table: with rows, the downgrade cannot re-add the NOT NULL integer key
      // (its values are gone; the upgrade's data-loss hazard says so)
      columnOrderMayChange: true,
    });
    expect(problems).toEqual([]);
    expect(ops.join('\n')).not.toMatch(/alterColumn\('accounts', 'id'/);
    expect(ops.join('\n')).toMatch(/dropColumn\('accounts', 'id'/);
  });
});
