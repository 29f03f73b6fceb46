import { join } from 'node:path';
import { extractDrizzle } from '../../src/drizzle/extract-drizzle';
import { extractTypeorm } from '../../src/typeorm/extract-typeorm';

const DIR = join(__dirname, '..', 'extension-fixtures');

describe('extensions a model needs (pure, no database)', () => {
  test('Drizzle: inferred from column types, default functions and operator classes; declared ones add to them', async () => {
    const model = await extractDrizzle({ files: 'drizzle-uses.ts', cwd: DIR });
    expect(model.extensions).toEqual([
      { name: 'citext', schema: 'public' },
      { name: 'hstore', schema: 'ext' },
      { name: 'pg_trgm', schema: 'public' },
      { name: 'postgis', schema: 'public' },
      { name: 'uuid-ossp', schema: 'public' },
      { name: 'vector', schema: 'public' },
    ]);
    // gen_random_uuid() is built in: no pgcrypto
    const columns = model.tables[0]!.columns;
    expect(columns.find((c) => c.name === 'token')!.default).toBe('gen_random_uuid()');
    expect(columns.find((c) => c.name === 'name')!.type).toBe('public.citext');
    expect(model.tables[0]!.indexes[0]!.keys[0]!.opclass).toBe('gin_trgm_ops');
    expect(model.schemas).toContain('ext');
  });

  test('Drizzle: a declared extension keeps its own schema, and brings the schema into the model', async () => {
    const model = await extractDrizzle({
      files: 'drizzle-uses.ts',
      cwd: DIR,
      extensions: [{ name: 'postgis', schema: 'gis_ext' }, { name: 'btree_gist', schema: 'public' }],
    });
    expect(model.extensions.map((e) => `${e.schema}.${e.name}`)).toEqual([
      'public.btree_gist', 'public.citext', 'ext.hstore', 'public.pg_trgm', 'gis_ext.postgis', 'public.uuid-ossp', 'public.vector',
    ]);
    expect(model.schemas).toContain('gis_ext');
  });

  test('TypeORM with default options: uuid-ossp for uuid keys, and the extensions of citext, hstore, ltree and cube columns', async () => {
    const model = await extractTypeorm({ entities: 'typeorm-entities.ts', cwd: DIR });
    expect(model.extensions.map((e) => e.name)).toEqual(['citext', 'cube', 'hstore', 'ltree', 'uuid-ossp']);
    expect(model.tables[0]!.columns[0]!.default).toBe('uuid_generate_v4()');
    expect(model.tables[0]!.columns.map((c) => c.type).slice(1)).toEqual(['public.citext', 'public.hstore', 'public.ltree', 'public.cube']);
  });

  test("TypeORM: the DataSource's uuidExtension and extensions; installExtensions: false installs none", async () => {
    const model = await extractTypeorm({ dataSourceFile: 'typeorm-data-source.ts', cwd: DIR });
    expect(model.extensions.map((e) => e.name)).toEqual(['citext', 'cube', 'hstore', 'ltree', 'pg_trgm', 'pgcrypto']);
    expect(model.tables[0]!.columns[0]!.default).toBe('gen_random_uuid()');
    const none = await extractTypeorm({ dataSourceFile: 'typeorm-no-install.ts', cwd: DIR });
    expect(none.extensions).toEqual([]);
  });
});
