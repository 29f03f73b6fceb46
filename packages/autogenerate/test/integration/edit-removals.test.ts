import { testTargets } from '@retort/testing';
import { runEdit } from '../support/edit-scenario';

// each edit builds two databases (retort's and drizzle-kit's) and runs six autogenerate/migrate steps
jest.setTimeout(300_000);

const users = `import { integer, pgEnum, pgSchema, pgSequence, pgTable, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: integer('id').primaryKey(), name: text('name') });
`;
const billing = `export const billing = pgSchema('billing');
export const invoices = billing.table('invoices', { id: integer('id').primaryKey(), total: integer('total') });
export const status = billing.enum('status', ['open', 'paid']);
`;

describe.each(testTargets())('objects leaving the model on $name', (target) => {
  test('a schema retort created leaves the model: its tables, types and the schema are dropped (data-loss hazard)', async () => {
    const { problems, ops } = await runEdit(target, {
      before: users + billing,
      after: users,
      schemas: ['public', 'billing'],
      seed: `insert into billing.invoices values (1, 10)`,
      probe: [`select count(*)::int as n from pg_namespace where nspname = 'billing'`],
    });
    expect(problems).toEqual([]);
    expect(ops).toEqual(expect.arrayContaining(["await op.dropSchema('billing');"]));
  });

  test('a schema no revision created is never proposed for a drop', async () => {
    const { problems, ops } = await runEdit(target, {
      before: users,
      after: users.replace("name: text('name')", "name: text('name'), email: text('email')"),
      schemas: ['public'],
      seed: `create schema legacy; create table legacy.things (id int); create table public.by_hand_ignored_by_nothing (id int)`,
    });
    expect(ops.join('\n')).not.toMatch(/legacy/);
    expect(problems.filter((p) => /legacy/.test(p))).toEqual([]);
  });

  test('the last table, enum, sequence and schema leave the model', async () => {
    const before = `import { integer, pgEnum, pgSchema, pgSequence, pgTable } from 'drizzle-orm/pg-core';
export const app = pgSchema('app');
export const mood = pgEnum('mood', ['ok', 'sad']);
export const counter = pgSequence('counter', { startWith: 5 });
export const notes = app.table('notes', { id: integer('id').primaryKey(), mood: mood('mood') });
`;
    const { problems, ops } = await runEdit(target, {
      before,
      after: `export const nothingHere = 1;\n`,
      schemas: ['public', 'app'],
      seed: `insert into app.notes values (1, 'ok')`,
    });
    expect(problems).toEqual([]);
    expect(ops.length).toBeGreaterThanOrEqual(4);
  });
});
