import { diff, downgradeFor } from '@retort/diff';
import type { Operation } from '@retort/ops';
import { col, idTable, model } from './builders';

const ops = (entries: { op: Operation }[]) => entries.map((e) => e.op);

describe('extensions', () => {
  const citextTable = idTable('users', [col('email', 'public.citext')]);

  it('creates a missing extension before the tables that use its types, and drops it last on downgrade', () => {
    const target = model({
      schemas: ['ext', 'public'],
      tables: [citextTable],
      extensions: [
        { name: 'citext', schema: 'public' },
        { name: 'pg_trgm', schema: 'ext' },
      ],
    });
    const entries = diff(model(), target);
    expect(ops(entries).slice(0, 3)).toStrictEqual([
      { kind: 'createSchema', name: 'ext' },
      { kind: 'createExtension', name: 'citext', ifNotExists: true },
      { kind: 'createExtension', name: 'pg_trgm', schema: 'ext', ifNotExists: true },
    ]);
    expect(ops(entries)[3]).toMatchObject({ kind: 'createTable', name: 'users' });
    const down = downgradeFor(entries).map((s) => ('op' in s ? s.op : s));
    expect(down.slice(-3)).toStrictEqual([
      { kind: 'dropExtension', name: 'pg_trgm', schema: 'ext', ifExists: true },
      { kind: 'dropExtension', name: 'citext', ifExists: true },
      { kind: 'dropSchema', name: 'ext' },
    ]);
  });

  it('is clean when the database has the extension, whatever its version, and leaves others alone', () => {
    const current = model({
      extensions: [
        { name: 'citext', schema: 'public' },
        { name: 'pg_stat_statements', schema: 'public' },
      ],
    });
    expect(diff(current, model({ extensions: [{ name: 'citext', schema: 'public' }] }))).toStrictEqual([]);
  });
});
