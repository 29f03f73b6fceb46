import { diff } from '@retort/diff';
import { col, enumType, idTable, model, table } from './builders';

const names = (entries: { op: { kind: string } }[]) =>
  entries.map(
    (e) =>
      `${e.op.kind} ${(e.op as { name?: string; table?: string }).name ?? (e.op as { table?: string }).table}`,
  );

describe('filter', () => {
  const db = model({
    schemas: ['audit', 'public'],
    tables: [
      idTable('legacy_orders'),
      idTable('users'),
      table('log', [col('a', 'text')], { schema: 'audit' }),
      idTable('retort_version'),
    ],
    enums: [enumType('old_kind', ['a'], 'audit')],
  });

  it('always leaves the version table alone', () => {
    expect(
      names(
        diff(
          db,
          model({
            schemas: ['audit', 'public'],
            tables: db.tables.filter((t) => t.name !== 'retort_version'),
            enums: db.enums,
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('uses the configured version table', () => {
    const custom = model({ tables: [idTable('my_versions')] });
    expect(
      diff(custom, model(), { versionTable: { schema: 'public', name: 'my_versions' } }),
    ).toEqual([]);
  });

  it('drops tables missing from the model only inside the scope', () => {
    expect(
      names(
        diff(db, model({ tables: [idTable('users')] }), {
          filter: { includeSchemas: ['public'], excludeTables: ['legacy_*'] },
        }),
      ),
    ).toEqual([]);
    expect(
      names(
        diff(db, model({ tables: [idTable('users')] }), { filter: { includeSchemas: ['public'] } }),
      ),
    ).toEqual(['dropTable legacy_orders']);
  });

  it('matches table globs on name or schema.name', () => {
    const entries = diff(
      db,
      model({
        schemas: ['audit', 'public'],
        tables: [idTable('users'), idTable('legacy_orders')],
        enums: db.enums,
      }),
      { filter: { includeTables: ['audit.*'] } },
    );
    expect(names(entries)).toEqual(['dropTable log']);
  });

  it('excludes schemas with their enums', () => {
    expect(
      names(
        diff(db, model({ tables: [idTable('users'), idTable('legacy_orders')] }), {
          filter: { excludeSchemas: ['audit'] },
        }),
      ),
    ).toEqual([]);
  });

  it('does not create tables outside the scope either', () => {
    expect(
      diff(model(), model({ tables: [idTable('tmp_x')] }), {
        filter: { excludeTables: ['tmp_?'] },
      }),
    ).toEqual([]);
  });
});
