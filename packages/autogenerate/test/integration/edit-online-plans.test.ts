import { testTargets } from '@retort/testing';
import { runEdit } from '../support/edit-scenario';

// each edit builds two databases (retort's and drizzle-kit's) and runs six autogenerate/migrate steps
jest.setTimeout(300_000);

const before = `import { integer, pgTable, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: integer('id').primaryKey() });
export const orders = pgTable('orders', { id: integer('id').primaryKey(), userId: integer('user_id'), code: text('code'), amount: integer('amount') });
`;

// on the existing table: an index, a foreign key, a check, NOT NULL and a unique constraint;
// a table created by the same revision, with its own index and foreign key
const after = `import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: integer('id').primaryKey() });
export const orders = pgTable(
  'orders',
  { id: integer('id').primaryKey(), userId: integer('user_id').references(() => users.id), code: text('code').notNull(), amount: bigint('amount', { mode: 'number' }) },
  (t) => [index('orders_amount').on(t.amount), unique('orders_code_key').on(t.code), check('orders_amount_positive', sql\`\${t.amount} >= 0\`)],
);
export const notes = pgTable('notes', { id: integer('id').primaryKey(), orderId: integer('order_id').references(() => orders.id), body: text('body') }, (t) => [
  index('notes_order').on(t.orderId),
]);
`;

const seed = `insert into users select g from generate_series(1, 50) g;
insert into orders select g, 1 + g % 50, 'c' || g, g from generate_series(1, 500) g;
analyze orders;`;

/** Without whitespace and trailing commas, so a call reads the same however prettier wrapped it. */
const squash = (text: string) => text.replace(/\s+/g, '').replace(/,([}\])])/g, '$1');
/** The file's code without its comments (hazard comments mention the safe forms), squashed. */
const code = (text: string) =>
  squash(
    text
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .join('\n'),
  );
/** The body of upgrade() (without the downgrade), squashed. */
const upgradeBody = (text: string) =>
  squash(
    text.slice(
      text.indexOf('export async function upgrade'),
      text.indexOf('export async function downgrade'),
    ),
  );
const downgradeBody = (text: string) =>
  squash(text.slice(text.indexOf('export async function downgrade')));

describe.each(testTargets())('online and simple plans on $name', (target) => {
  test('online: lock-safe forms for the existing table, plain ones for the new table; catalog, check and downgrade exact', async () => {
    const { problems, text } = await runEdit(target, {
      before,
      after,
      seed,
      schemas: ['public'],
      plan: 'online',
    });
    expect(problems).toEqual([]);
    const up = upgradeBody(text);
    expect(up).toContain(squash("await op.setLockTimeout('5s');"));
    expect(up).toContain(
      squash(
        "await op.createIndex('orders_amount', 'orders', ['amount'], { concurrently: true });",
      ),
    );
    expect(up).toContain(
      squash(
        "await op.createForeignKey('orders_user_id_users_id_fk', 'orders', 'users', ['user_id'], ['id'], {",
      ),
    );
    expect(up).toContain(squash('notValid: true'));
    expect(up).toContain(
      squash("await op.validateConstraint('orders_user_id_users_id_fk', 'orders');"),
    );
    expect(up).toContain(
      squash("await op.validateConstraint('orders_amount_positive', 'orders');"),
    );
    expect(up).toContain(
      squash(
        `await op.createCheckConstraint('orders_code_not_null', 'orders', '"code" IS NOT NULL', { notValid: true });`,
      ),
    );
    expect(up).toContain(
      squash(
        "await op.alterColumn('orders', 'code', { nullable: false, existingNullable: true });",
      ),
    );
    expect(up).toContain(squash("await op.dropConstraint('orders_code_not_null', 'orders');"));
    expect(up).toContain(
      squash(
        "await op.createIndex('orders_code_key', 'orders', ['code'], { unique: true, concurrently: true });",
      ),
    );
    expect(up).toContain(
      squash(
        "await op.createUniqueConstraint('orders_code_key', 'orders', ['code'], { usingIndex: 'orders_code_key' });",
      ),
    );
    expect(up).toContain(squash('await op.autocommitBlock(async () => {'));
    // a type change has no safe form: its hazard stays, told with the table's size
    expect(text).toMatch(/rewrites public\.orders \(~500 rows, \d+(\.\d)? kB\) and its indexes under an ACCESS EXCLUSIVE lock/);
    // the table the revision creates takes the plain forms
    expect(up).toContain(squash("await op.createIndex('notes_order', 'notes', ['order_id']);"));
    expect(up).toContain(
      squash(
        "await op.createForeignKey('notes_order_id_orders_id_fk', 'notes', 'orders', ['order_id'], ['id']);",
      ),
    );
    // the downgrade: the same style, its own lock timeout
    const down = downgradeBody(text);
    expect(down).toContain(squash("await op.setLockTimeout('5s');"));
    expect(down).toContain(
      squash("await op.dropIndex('orders_amount', { table: 'orders', concurrently: true });"),
    );
  });

  test('simple: the plain statements, in one transaction', async () => {
    const { problems, text: file } = await runEdit(target, {
      before,
      after,
      seed,
      schemas: ['public'],
      plan: 'simple',
    });
    const text = code(file);
    expect(problems).toEqual([]);
    expect(text).toContain(squash("await op.setLockTimeout('5s');"));
    expect(text).not.toContain(squash('concurrently: true'));
    expect(text).not.toContain(squash('autocommitBlock'));
    expect(text).toContain(squash("await op.createIndex('orders_amount', 'orders', ['amount']);"));
  });
});
