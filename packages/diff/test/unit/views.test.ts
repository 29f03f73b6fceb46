import { diff, downgradeFor } from '@retort/diff';
import type { Index, Policy, View } from '@retort/schema';
import { col, idTable, model } from './builders';

const view = (name: string, extra: Partial<View> = {}): View => ({
  schema: 'public',
  name,
  materialized: false,
  definition: `SELECT users.id FROM users`,
  with: [],
  using: null,
  withNoData: false,
  indexes: [],
  dependsOn: [{ schema: 'public', name: 'users', columns: ['id'] }],
  columns: ['id integer'],
  ...extra,
});
const index: Index = {
  name: 'totals_id',
  unique: true,
  method: 'btree',
  keys: [
    { column: 'id', expression: null, opclass: null, collation: null, order: 'asc', nulls: 'last' },
  ],
  include: [],
  where: null,
  nullsNotDistinct: false,
  with: [],
};
const users = (score = 'integer', extra = {}) =>
  idTable('users', [col('score', score), col('name', 'text')], extra);
/** `names` reads `users.name`; `top` reads the view `names`; `totals` (materialized) reads `users.score`. */
const views = (extra: Partial<Record<'names' | 'top' | 'totals', Partial<View>>> = {}) => [
  view('names', {
    definition: 'SELECT users.name FROM users',
    dependsOn: [{ schema: 'public', name: 'users', columns: ['name'] }],
    columns: ['name text'],
    ...extra.names,
  }),
  view('top', {
    definition: 'SELECT names.name FROM names LIMIT 1',
    dependsOn: [{ schema: 'public', name: 'names', columns: ['name'] }],
    columns: ['name text'],
    ...extra.top,
  }),
  view('totals', {
    materialized: true,
    definition: 'SELECT users.id, users.score FROM users',
    dependsOn: [{ schema: 'public', name: 'users', columns: ['id', 'score'] }],
    indexes: [index],
    with: ['fillfactor=70'],
    ...extra.totals,
  }),
];
const named = (entries: { op: unknown }[]) =>
  entries.map((e) => {
    const op = e.op as { kind: string; name?: string; column?: string };
    return [op.kind, op.name ?? op.column].filter(Boolean).join(' ');
  });
const downgradeOps = (entries: Parameters<typeof downgradeFor>[0]) =>
  downgradeFor(entries).map((step) => ('op' in step ? step.op : step));

describe('views and materialized views', () => {
  it('creates tables first, then views after the views they read, a materialized view with its indexes', () => {
    const entries = diff(model(), model({ tables: [users()], views: views() }));
    expect(named(entries)).toEqual([
      'createTable users',
      'createView names',
      'createView top',
      'createMaterializedView totals',
      'createIndex totals_id',
    ]);
    expect(entries[3]!.op).toEqual({
      kind: 'createMaterializedView',
      name: 'totals',
      definition: 'SELECT users.id, users.score FROM users',
      with: { fillfactor: '70' },
    });
    expect(named(diff(model({ tables: [users()], views: views() }), model()))).toEqual([
      'dropIndex totals_id',
      'dropMaterializedView totals',
      'dropView top',
      'dropView names',
      'dropTable users',
    ]);
  });

  it('is clean when nothing but what is never compared differs (dependencies, columns, populated)', () => {
    const current = model({ tables: [users()], views: views({ totals: { withNoData: true } }) });
    const target = model({
      tables: [users()],
      views: views({ names: { dependsOn: [], columns: [] } }),
    });
    expect(diff(current, target)).toEqual([]);
  });

  it('replaces a query in place when the columns stay, with a downgrade that replaces it back', () => {
    const current = model({ tables: [users()], views: views() });
    const target = model({
      tables: [users()],
      views: views({
        names: { definition: "SELECT users.name FROM users WHERE (users.name <> '')" },
      }),
    });
    const entries = diff(current, target);
    expect(entries.map((e) => e.op)).toEqual([
      {
        kind: 'createView',
        name: 'names',
        definition: "SELECT users.name FROM users WHERE (users.name <> '')",
        orReplace: true,
        existing: { definition: 'SELECT users.name FROM users' },
      },
    ]);
    expect(downgradeOps(entries)).toEqual([
      {
        kind: 'createView',
        name: 'names',
        definition: 'SELECT users.name FROM users',
        orReplace: true,
        existing: { definition: "SELECT users.name FROM users WHERE (users.name <> '')" },
      },
    ]);
  });

  it('drops and re-creates a view whose columns change, and the views that read it', () => {
    const current = model({ tables: [users()], views: views() });
    const target = model({
      tables: [users()],
      views: views({
        names: {
          definition: 'SELECT users.name, users.id FROM users',
          columns: ['name text', 'id integer'],
        },
      }),
    });
    expect(named(diff(current, target))).toEqual([
      'dropView top',
      'dropView names',
      'createView names',
      'createView top',
    ]);
  });

  it('rebuilds the views over a column whose type changes around the ALTER, and the downgrade reverses it exactly', () => {
    const current = model({ tables: [users()], views: views() });
    const target = model({
      tables: [users('bigint')],
      views: views({ totals: { columns: ['id integer', 'score bigint'] } }),
    });
    const entries = diff(current, target);
    expect(named(entries)).toEqual([
      'dropIndex totals_id',
      'dropMaterializedView totals',
      'alterColumn score',
      'createMaterializedView totals',
      'createIndex totals_id',
    ]);
    expect(downgradeOps(entries).map((op) => (op as { kind: string }).kind)).toEqual([
      'dropIndex',
      'dropMaterializedView',
      'alterColumn',
      'createMaterializedView',
      'createIndex',
    ]);
  });

  it('rebuilds a view over a column whose enum is recreated to lose a value', () => {
    const mood = (values: string[]) => ({ schema: 'public', name: 'mood', values });
    const t = idTable('people', [col('mood', 'public.mood')]);
    const v = view('moods', {
      definition: 'SELECT people.mood FROM people',
      dependsOn: [{ schema: 'public', name: 'people', columns: ['mood'] }],
      columns: ['mood public.mood'],
    });
    const current = model({ tables: [t], enums: [mood(['sad', 'ok', 'happy'])], views: [v] });
    const kinds = named(diff(current, { ...current, enums: [mood(['sad', 'happy'])] }));
    expect(kinds[0]).toBe('dropView moods');
    expect(kinds).toContain('alterColumn mood');
    expect(kinds.indexOf('createView moods')).toBeGreaterThan(kinds.indexOf('alterColumn mood'));
    expect(
      named(diff(current, { ...current, enums: [mood(['sad', 'ok', 'happy', 'great'])] })),
    ).toEqual(['addEnumValue mood']);
  });

  it('drops the views over a dropped column or table before the drop; a renamed column is followed', () => {
    const current = model({ tables: [users()], views: views() });
    const noName = model({
      tables: [idTable('users', [col('score', 'integer')])],
      views: views().slice(2),
    });
    expect(named(diff(current, noName))).toEqual([
      'dropView top',
      'dropView names',
      'dropColumn name',
    ]);
    expect(named(diff(current, model()))).toEqual([
      'dropIndex totals_id',
      'dropMaterializedView totals',
      'dropView top',
      'dropView names',
      'dropTable users',
    ]);
    const renamed = model({
      tables: [idTable('users', [col('score', 'integer'), col('full_name', 'text')])],
      views: views(),
    });
    const entries = diff(current, renamed, {
      renames: { column: (_t, added, dropped) => (added === 'full_name' ? dropped[0] : null) },
    });
    // PostgreSQL follows the rename inside the view: only the rename remains (the definitions were equal)
    expect(entries.map((e) => e.op)).toEqual([
      { kind: 'alterColumn', table: 'users', column: 'name', newName: 'full_name' },
    ]);
  });

  it('changes the indexes of a materialized view that stays, and rebuilds one whose options change', () => {
    const current = model({ tables: [users()], views: views() });
    const other = {
      ...index,
      name: 'totals_score',
      unique: false,
      keys: [{ ...index.keys[0]!, column: 'score' }],
    };
    expect(
      named(
        diff(current, model({ tables: [users()], views: views({ totals: { indexes: [other] } }) })),
      ),
    ).toEqual(['dropIndex totals_id', 'createIndex totals_score']);
    expect(
      named(diff(current, model({ tables: [users()], views: views({ totals: { with: [] } }) }))),
    ).toEqual([
      'dropIndex totals_id',
      'dropMaterializedView totals',
      'createMaterializedView totals',
      'createIndex totals_id',
    ]);
  });

  it('leaves views outside the filter alone', () => {
    const current = model({ tables: [users()], views: views() });
    expect(
      diff(current, model({ tables: [users()] }), {
        filter: { excludeTables: ['names', 'top', 'totals'] },
      }),
    ).toEqual([]);
  });

  it('drops and re-creates a policy that reads a column whose type changes, around the ALTER', () => {
    const policy: Policy = {
      name: 'scored',
      as: 'permissive',
      for: 'all',
      to: ['public'],
      using: '(score > 0)',
      withCheck: null,
    };
    const other: Policy = { ...policy, name: 'named', using: "(name <> ''::text)" };
    const current = model({ tables: [users('integer', { policies: [other, policy] })] });
    const target = model({ tables: [users('bigint', { policies: [other, policy] })] });
    const entries = diff(current, target);
    expect(named(entries)).toEqual([
      'dropPolicy scored',
      'alterColumn score',
      'createPolicy scored',
    ]);
    const dropped = model({
      tables: [idTable('users', [col('name', 'text')], { policies: [other] })],
    });
    expect(named(diff(current, dropped))).toEqual(['dropPolicy scored', 'dropColumn score']);
    expect(named(downgradeOps(entries).map((op) => ({ op })))).toEqual([
      'dropPolicy scored',
      'alterColumn score',
      'createPolicy scored',
    ]);
  });
});
