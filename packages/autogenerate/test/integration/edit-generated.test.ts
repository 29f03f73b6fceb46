import { testTargets } from '@retort/testing';
import { runEdit } from '../support/edit-scenario';

// each edit builds two databases (retort's and drizzle-kit's) and runs six autogenerate/migrate steps
jest.setTimeout(300_000);

const model = (extra: string) => `import { sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: integer('id').primaryKey(), name: text('name')${extra} });
`;

describe.each(testTargets())('generated column edits on $name', (target) => {
  test('a table-qualified generation expression compares equal to the stored form', async () => {
    const { problems } = await runEdit(target, {
      before: model(''),
      after: model(`, greeting: text('greeting').generatedAlwaysAs(sql\`"users"."name" || 'hello'\`)`),
      schemas: ['public'],
    });
    expect(problems).toEqual([]);
  });
});
