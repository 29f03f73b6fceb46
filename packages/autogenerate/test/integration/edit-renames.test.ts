import { testTargets } from '@retort/testing';
import { runEdit } from '../support/edit-scenario';

// each edit builds two databases (retort's and drizzle-kit's) and runs six autogenerate/migrate steps
jest.setTimeout(300_000);

const HEAD = `import { index, integer, pgEnum, pgSchema, pgSequence, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';\n`;
const pub = (name: string) => ({ schema: 'public', name });
const at = (schema: string, name: string) => ({ schema, name });
const oid = (
  kind: 'regclass' | 'regtype' | 'regnamespace',
  before: string,
  after: string,
): [string, string] => [
  `select '${before}'::${kind}::oid as oid`,
  `select '${after}'::${kind}::oid as oid`,
];

/** A schema with a serial table, an enum its column uses, a foreign key and an index in it. */
const shop = (schema: string) => `${HEAD}export const s = pgSchema('${schema}');
export const mood = s.enum('mood', ['happy', 'sad']);
export const owners = s.table('owners', { id: serial('id').primaryKey() });
export const items = s.table('items', {
  id: serial('id').primaryKey(),
  owner: integer('owner').references(() => owners.id),
  feeling: mood('feeling').default('happy'),
}, (t) => [index('items_owner_idx').on(t.owner)]);
`;

describe.each(testTargets())('renames kept in place on $name', (target) => {
  test('schema rename: ALTER SCHEMA … RENAME TO, everything inside follows and keeps its OID', async () => {
    const { problems, ops, probes } = await runEdit(target, {
      before: shop('shop'),
      after: shop('store'),
      schemas: ['public', 'shop', 'store'],
      renames: { schemas: [{ from: 'shop', to: 'store' }], tables: [], columns: [] },
      seed: `insert into shop.owners default values; insert into shop.items (owner) values (1), (1)`,
      sameRows: [
        oid('regnamespace', 'shop', 'store'),
        oid('regclass', 'shop.items', 'store.items'),
        oid('regtype', 'shop.mood', 'store.mood'),
      ],
      probe: [`select count(*)::int as n, max(id) as id from store.items`],
    });
    expect(problems).toEqual([]);
    expect(ops).toEqual(["await op.renameSchema('shop', 'store');"]);
    expect(probes[0]).toEqual([{ n: 2, id: 2 }]);
  });

  test('a table moved to another schema and renamed: SET SCHEMA then RENAME, rows and OID kept', async () => {
    const app = `export const app = pgSchema('app');\nexport const other = app.table('other', { id: integer('id') });\n`;
    const { problems, ops, probes } = await runEdit(target, {
      before: `${HEAD}${app}export const users = pgTable('users', { id: serial('id').primaryKey(), name: text('name') }, (t) => [unique('users_name_key').on(t.name)]);\n`,
      after: `${HEAD}${app}export const members = app.table('members', { id: serial('id').primaryKey(), name: text('name') }, (t) => [unique('members_name_key').on(t.name)]);\n`,
      schemas: ['public', 'app'],
      renames: { tables: [{ from: pub('users'), to: at('app', 'members') }], columns: [] },
      seed: `insert into users (name) values ('a'), ('b')`,
      sameRows: [
        oid('regclass', 'public.users', 'app.members'),
        oid('regclass', 'public.users_id_seq', 'app.members_id_seq'),
      ],
      probe: [
        `select count(*)::int as n from app.members`,
        `select nextval('app.members_id_seq')::int as next`,
      ],
    });
    expect(problems).toEqual([]);
    expect(ops).toEqual([
      "await op.setTableSchema('users', 'app');",
      "await op.renameTable('users', 'members', { schema: 'app' });",
      "await op.renameConstraint('users_pkey', 'members', 'members_pkey', { schema: 'app' });",
      "await op.renameConstraint('users_name_key', 'members', 'members_name_key', { schema: 'app' });",
      "await op.renameSequence('users_id_seq', 'members_id_seq', { schema: 'app' });",
    ]);
    expect(probes).toEqual([[{ n: 2 }], [{ next: 3 }]]);
  });

  test('enum renamed and moved: ALTER TYPE … SET SCHEMA / RENAME TO; the column using it follows', async () => {
    const { problems, ops } = await runEdit(target, {
      before: `${HEAD}export const app = pgSchema('app');\nexport const mood = pgEnum('mood', ['happy', 'sad']);\nexport const t = pgTable('t', { id: integer('id').primaryKey(), m: mood('m').default('sad') });\n`,
      after: `${HEAD}export const app = pgSchema('app');\nexport const feeling = app.enum('feeling', ['happy', 'sad']);\nexport const t = pgTable('t', { id: integer('id').primaryKey(), m: feeling('m').default('sad') });\n`,
      schemas: ['public', 'app'],
      renames: {
        enums: [{ from: pub('mood'), to: at('app', 'feeling') }],
        tables: [],
        columns: [],
      },
      seed: `insert into t (id, m) values (1, 'happy')`,
      sameRows: [oid('regtype', 'public.mood', 'app.feeling')],
    });
    expect(problems).toEqual([]);
    expect(ops).toEqual([
      "await op.setEnumSchema('mood', 'app');",
      "await op.renameEnum('mood', 'feeling', { schema: 'app' });",
    ]);
  });

  test('sequence renamed and moved: ALTER SEQUENCE … SET SCHEMA / RENAME TO, its value kept', async () => {
    const { problems, ops, probes } = await runEdit(target, {
      before: `${HEAD}export const app = pgSchema('app');\nexport const counter = pgSequence('counter', { startWith: 5 });\n`,
      after: `${HEAD}export const app = pgSchema('app');\nexport const tally = app.sequence('tally', { startWith: 5 });\n`,
      schemas: ['public', 'app'],
      renames: {
        sequences: [{ from: pub('counter'), to: at('app', 'tally') }],
        tables: [],
        columns: [],
      },
      seed: `select nextval('counter'); select nextval('counter')`,
      sameRows: [oid('regclass', 'public.counter', 'app.tally')],
      probe: [`select last_value::int as v from app.tally`],
    });
    expect(problems).toEqual([]);
    expect(ops).toEqual([
      "await op.setSequenceSchema('counter', 'app');",
      "await op.renameSequence('counter', 'tally', { schema: 'app' });",
    ]);
    expect(probes[0]).toEqual([{ v: 6 }]);
  });

  test('index and constraint renamed in the model: renameIndex / renameConstraint, OIDs kept', async () => {
    const model = (ix: string, uq: string) =>
      `${HEAD}export const t = pgTable('t', { id: integer('id').primaryKey(), a: text('a'), b: text('b') }, (t) => [index('${ix}').on(t.a), unique('${uq}').on(t.b)]);\n`;
    const { problems, ops } = await runEdit(target, {
      before: model('t_a_idx', 't_b_key'),
      after: model('by_a', 'b is unique'),
      schemas: ['public'],
      sameRows: [
        oid('regclass', 'public.t_a_idx', 'public.by_a'),
        [
          `select oid from pg_constraint where conname = 't_b_key'`,
          `select oid from pg_constraint where conname = 'b is unique'`,
        ],
      ],
    });
    expect(problems).toEqual([]);
    expect(ops).toEqual([
      "await op.renameConstraint('t_b_key', 't', 'b is unique');",
      "await op.renameIndex('t_a_idx', 'by_a');",
    ]);
  });
});
