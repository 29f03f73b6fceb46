import { testTargets } from '@retort/testing';
import { runEdit } from '../support/edit-scenario';

// each edit builds two databases (retort's and drizzle-kit's) and runs six autogenerate/migrate steps
jest.setTimeout(300_000);

const model = (id: string) => `import { integer, pgTable, text } from 'drizzle-orm/pg-core';
export const items = pgTable('items', { id: ${id}, name: text('name') });
`;

describe.each(testTargets())('identity column edits on $name', (target) => {
  test('generatedByDefaultAsIdentity → plain integer: DROP IDENTITY before DROP NOT NULL', async () => {
    const { problems, ops } = await runEdit(target, {
      before: model(`integer('id').generatedByDefaultAsIdentity()`),
      after: model(`integer('id')`),
      schemas: ['public'],
      seed: `insert into items (name) values ('a'), ('b')`,
    });
    expect(problems).toEqual([]);
    expect(ops).toHaveLength(1);
  });

  test('plain integer → identity (the column becomes NOT NULL first)', async () => {
    const { problems } = await runEdit(target, {
      before: model(`integer('id')`),
      after: model(`integer('id').generatedAlwaysAsIdentity()`),
      schemas: ['public'],
    });
    expect(problems).toEqual([]);
  });

  test('identity options change; the downgrade restores the previous options', async () => {
    const { problems } = await runEdit(target, {
      before: model(`integer('id').generatedByDefaultAsIdentity({ startWith: 10, increment: 2, cache: 5 })`),
      after: model(`integer('id').generatedAlwaysAsIdentity({ startWith: 100, increment: 3, minValue: 5, maxValue: 100000, cycle: true })`),
      schemas: ['public'],
    });
    expect(problems).toEqual([]);
  });

  test('identity options back to the defaults; the downgrade puts them back', async () => {
    const { problems } = await runEdit(target, {
      before: model(`integer('id').generatedByDefaultAsIdentity({ startWith: 10, increment: 2, minValue: 3, maxValue: 999, cache: 5, cycle: true })`),
      after: model(`integer('id').generatedByDefaultAsIdentity()`),
      schemas: ['public'],
    });
    expect(problems).toEqual([]);
  });
});
