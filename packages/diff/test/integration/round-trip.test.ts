import { diff, downgradeFor, fixedRenameResolvers, type DiffOptions } from '@retort/diff';
import { introspect } from '@retort/introspect';
import { compileOperation, type Operation } from '@retort/ops';
import { diffPaths, emptyModel, type SchemaModel } from '@retort/schema';
import { connectTest, type TestConnection } from '@retort/testing';
import { col, serial } from '../unit/builders';
import { richModel } from '../unit/rich-model';

async function apply(db: TestConnection, ops: Operation[]): Promise<void> {
  for (const op of ops) {
    for (const s of compileOperation(op)) {
      if (s.params && s.params.length > 0) await db.query(s.sql, s.params);
      else await db.exec(s.sql);
    }
  }
}

async function read(db: TestConnection): Promise<SchemaModel> {
  const m = await introspect(db, { schemas: ['public', 'app'] });
  return m;
}

describe('round trip on PGlite', () => {
  let db: TestConnection;
  beforeEach(async () => {
    db = await connectTest('pglite://memory');
  });
  afterEach(async () => {
    await db.close();
  });

  it('applies the upgrade from nothing, then diffs clean; the downgrade gets back to nothing', async () => {
    const start = await read(db);
    const up = diff(start, richModel());
    await apply(
      db,
      up.map((e) => e.op),
    );
    const after = await read(db);
    expect(diffPaths(after, { ...richModel() })).toEqual([]);
    expect(diff(after, richModel())).toEqual([]);
    const down = downgradeFor(up);
    await apply(
      db,
      down.flatMap((s) => ('op' in s ? [s.op] : [])),
    );
    expect(diff(await read(db), start)).toEqual([]);
  });

  /** Builds `from`, migrates to `to` (clean afterwards), migrates back (clean again). */
  async function roundTrip(
    from: SchemaModel,
    to: SchemaModel,
    options: DiffOptions = {},
    seed = '',
  ): Promise<Operation[]> {
    await apply(
      db,
      diff(await read(db), from).map((e) => e.op),
    );
    if (seed) await db.exec(seed);
    expect(diff(await read(db), from)).toEqual([]);
    const up = diff(await read(db), to, options);
    await apply(
      db,
      up.map((e) => e.op),
    );
    expect(diffPaths(await read(db), to)).toEqual([]);
    const steps = downgradeFor(up);
    expect(steps.filter((s) => 'irreversible' in s)).toEqual([]);
    await apply(
      db,
      steps.flatMap((s) => ('op' in s ? [s.op] : [])),
    );
    expect(diffPaths(await read(db), from)).toEqual([]);
    return up.map((e) => e.op);
  }

  const seed = `INSERT INTO users (id, email, created_at) VALUES (1, 'a@b', now());
    INSERT INTO posts (id, user_id, title, mood) VALUES (1, 1, 'hello', 'ok'), (2, 1, 'bye', 'happy');`;

  it('recreates an enum whose labels are removed and reordered, with data', async () => {
    const to = richModel();
    to.enums[1]!.values = ['happy', 'ok'];
    to.tables.find((t) => t.name === 'posts')!.columns.push(col('moods', 'public.mood[]'));
    const from = richModel();
    from.tables.find((t) => t.name === 'posts')!.columns.push(col('moods', 'public.mood[]'));
    const ops = await roundTrip(from, to, {}, seed);
    expect(ops.map((o) => o.kind)).toContain('createEnum');
  });

  it('adds enum values in place and removes them on downgrade', async () => {
    const to = richModel();
    to.enums[1]!.values = ['awful', 'sad', 'ok', 'fine', 'happy'];
    const posts = to.tables.find((t) => t.name === 'posts')!;
    posts.columns.find((c) => c.name === 'mood')!.default = "'fine'::mood";
    await roundTrip(richModel(), to, {}, seed);
  });

  it('renames a table with its key, index and serial sequence, and a column in expressions', async () => {
    const to = richModel();
    const tags = to.tables.find((t) => t.name === 'tags')!;
    const s = serial('labels', 'id');
    tags.name = 'labels';
    tags.columns[0] = s.column;
    tags.primaryKey = { name: 'labels_pkey', columns: ['id'] };
    to.sequences = to.sequences.map((x) => (x.name === 'tags_id_seq' ? s.sequence : x));
    const posts = to.tables.find((t) => t.name === 'posts')!;
    const title = posts.columns.find((c) => c.name === 'title')!;
    title.name = 'headline';
    posts.columns.find((c) => c.name === 'slug')!.generated = {
      kind: 'stored',
      expression: 'lower((headline)::text)',
    };
    posts.checks = [{ name: 'posts_headline_check', expression: '(length((headline)::text) > 0)' }];
    posts.indexes[0]!.keys[0]!.expression = 'lower((headline)::text)';
    to.tables.sort((a, b) => (a.schema + a.name < b.schema + b.name ? -1 : 1));
    to.sequences.sort((a, b) => (a.name < b.name ? -1 : 1));
    const renames = fixedRenameResolvers({
      tables: [
        { from: { schema: 'public', name: 'tags' }, to: { schema: 'public', name: 'labels' } },
      ],
      columns: [{ table: { schema: 'public', name: 'posts' }, from: 'title', to: 'headline' }],
    });
    const ops = await roundTrip(richModel(), to, { renames }, seed);
    expect(ops.map((o) => o.kind)).toEqual([
      'renameTable',
      'alterColumn',
      'renameConstraint',
      'renameConstraint',
      'renameSequence',
    ]);
  });

  it('changes column types with and without USING, nullability and defaults', async () => {
    const from = richModel();
    const users = from.tables.find((t) => t.name === 'users')!;
    users.columns.push(
      col('age', 'text', { default: "'1'::text" }),
      col('nick', 'character varying(10)'),
    );
    const to = structuredClone(from);
    const target = to.tables.find((t) => t.name === 'users')!;
    target.columns[4] = col('age', 'integer', { default: '0', nullable: false });
    target.columns[5] = col('nick', 'text', { comment: 'shown' });
    await roundTrip(from, to, {}, `${seed} UPDATE users SET age = '42';`);
  });

  it('drops a table that others reference, turns a serial column into identity, names identity sequences', async () => {
    const to = richModel();
    to.tables = to.tables.filter((t) => t.name !== 'users');
    to.tables.find((t) => t.name === 'posts')!.foreignKeys = [];
    const tags = to.tables.find((t) => t.name === 'tags')!;
    tags.columns[0] = col('id', 'integer', {
      nullable: false,
      identity: {
        generation: 'byDefault',
        sequenceName: 'tags_id_seq',
        start: '1',
        increment: '1',
        minValue: '1',
        maxValue: '2147483647',
        cache: '1',
        cycle: false,
      },
    });
    to.sequences = to.sequences.filter((x) => x.name !== 'tags_id_seq');
    await roundTrip(richModel(), to);
  });
});
