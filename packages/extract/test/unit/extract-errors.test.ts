import { join } from 'node:path';
import { extractDrizzle } from '../../src/drizzle/extract-drizzle';
import { extractModel } from '../../src/extract-model';
import { extractTypeorm } from '../../src/typeorm/extract-typeorm';

const ERRORS = join(__dirname, '..', 'fixtures', 'errors');
const LOADER = join(__dirname, '..', 'fixtures', 'errors');

describe('errors a user will hit', () => {
  test('a path that matches nothing', async () => {
    await expect(extractDrizzle({ files: 'src/db/schema.ts', cwd: ERRORS })).rejects.toMatchObject({
      code: 'NO_MATCHING_FILES',
      message: expect.stringContaining('"src/db/schema.ts" matches no file'),
    });
    await expect(extractTypeorm({ entities: 'src/**/*.entity.ts', cwd: ERRORS })).rejects.toMatchObject({ code: 'NO_MATCHING_FILES' });
  });

  test('a schema file that throws', async () => {
    await expect(extractDrizzle({ files: 'throws.ts', cwd: LOADER })).rejects.toMatchObject({
      code: 'MODULE_LOAD_FAILED',
      message: expect.stringContaining('DATABASE_URL is not set'),
    });
  });

  test('a module whose exports are not tables', async () => {
    await expect(extractDrizzle({ files: 'drizzle-no-tables.ts', cwd: ERRORS })).rejects.toMatchObject({
      code: 'NO_SCHEMA_OBJECTS',
      message: expect.stringMatching(/^drizzle-no-tables\.ts exports no Drizzle tables.*\(its exports: .*notATable/),
    });
  });

  test('two tables with the same name', async () => {
    await expect(extractDrizzle({ files: ['drizzle-users-a.ts', 'drizzle-users-b.ts'], cwd: ERRORS })).rejects.toMatchObject({
      code: 'DUPLICATE_TABLE',
      message: 'Two tables are named public.users: export users in drizzle-users-a.ts and export people in drizzle-users-b.ts.',
    });
  });

  test('a reference to a table that is not part of the schema', async () => {
    await expect(extractDrizzle({ files: 'drizzle-dangling-reference.ts', cwd: ERRORS })).rejects.toMatchObject({
      code: 'UNKNOWN_REFERENCE',
      message: expect.stringContaining('to public.authors, which is not part of the schema'),
    });
  });

  test('views are modelled with their queries as drizzle-kit renders them; .existing() ones are reported and left unmanaged', async () => {
    const notes: string[] = [];
    const unmanaged: unknown[] = [];
    const model = await extractDrizzle({
      files: 'drizzle-with-view.ts',
      cwd: ERRORS,
      onNote: (n) => notes.push(n),
      onUnmanaged: (r) => unmanaged.push(r),
    });
    expect(model.tables.map((t) => t.name)).toEqual(['accounts']);
    expect(model.schemas).toEqual(['public', 'reports']);
    expect(model.views).toEqual([
      {
        schema: 'public',
        name: 'active_accounts',
        materialized: false,
        definition: 'select "id", "active" from "accounts" where "accounts"."active" = true',
        with: ['check_option=local', 'security_barrier=true'],
        using: null,
        withNoData: false,
        indexes: [],
        dependsOn: [],
        columns: [],
      },
      {
        schema: 'reports',
        name: 'account_count',
        materialized: true,
        definition: 'select count(*) as n from accounts',
        with: ['autovacuum_enabled=false', 'fillfactor=70'],
        using: null,
        withNoData: true,
        indexes: [],
        dependsOn: [],
        columns: [],
      },
    ]);
    expect(notes).toEqual(['Skipped view "legacy" (export legacy): it is declared .existing(), so retort leaves it alone.']);
    expect(unmanaged).toEqual([{ schema: 'public', name: 'legacy' }]);
  });

  test('a TypeORM file without a DataSource export', async () => {
    await expect(extractTypeorm({ dataSourceFile: 'typeorm-no-data-source.ts', cwd: ERRORS })).rejects.toMatchObject({
      code: 'NO_DATA_SOURCE',
      message: expect.stringContaining('exports no TypeORM DataSource (its exports: options)'),
    });
  });

  test('a TypeORM relation to an entity the DataSource does not list', async () => {
    await expect(extractTypeorm({ dataSourceFile: 'typeorm-missing-entity.ts', cwd: ERRORS })).rejects.toMatchObject({
      code: 'TYPEORM_METADATA_FAILED',
    });
  });

  test('an enumName whose values no column gives', async () => {
    await expect(extractTypeorm({ entities: 'typeorm-enum-without-values.ts', cwd: ERRORS })).rejects.toMatchObject({
      code: 'ENUM_WITHOUT_VALUES',
      message: 'Enum public.priority (used by entity Ticket) has no values: no column with enumName "priority" lists them.',
      hint: expect.stringContaining('enum: [...]'),
    });
  });

  test('a config naming both or neither ORM', async () => {
    await expect(extractModel({ cwd: ERRORS })).rejects.toMatchObject({ code: 'SCHEMA_CONFIG_INVALID' });
  });
});

describe('loading a TypeORM DataSource file', () => {
  test('finds the exported instance and builds metadata without connecting', async () => {
    const model = await extractModel({ typeorm: 'typeorm-data-source.ts', cwd: ERRORS });
    expect(model.tables.map((t) => [t.name, t.columns.map((c) => `${c.name} ${c.type}`)])).toEqual([
      ['notes', ['id integer', 'body character varying']],
    ]);
    expect(model.sequences.map((s) => [s.name, s.ownedBy])).toEqual([['notes_id_seq', { table: 'notes', column: 'id' }]]);
  });
});
