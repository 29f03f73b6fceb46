import { RetortError } from '@retort/errors';
import { fromDrizzleKit, fromTypeOrm } from '../../src';
import { resolveConfig } from '../../src/config/resolve-config';

const dataSource = (options: Record<string, unknown>) => ({ options: { type: 'postgres', ...options }, entityMetadatas: [] });

describe('fromDrizzleKit', () => {
  test('reuses schema globs, dbCredentials.url, schemaFilter, tablesFilter (with ! excludes) and casing', () => {
    expect(
      fromDrizzleKit({
        dialect: 'postgresql',
        schema: ['./src/db/*.ts'],
        dbCredentials: { url: 'postgres://u:p@db/app' },
        schemaFilter: 'public',
        tablesFilter: ['app_*', '!app_legacy*'],
        casing: 'snake_case',
      }),
    ).toEqual({
      url: 'postgres://u:p@db/app',
      urlFrom: 'drizzle.config dbCredentials',
      schema: { drizzle: ['./src/db/*.ts'], casing: 'snake_case' },
      filter: { includeSchemas: ['public'], excludeSchemas: ['drizzle'], includeTables: ['app_*'], excludeTables: ['app_legacy*'] },
    });
  });

  test('builds a URL from credential fields, percent-encoding user and password', () => {
    const config = fromDrizzleKit({ dialect: 'postgresql', schema: './s.ts', dbCredentials: { host: 'db', port: 6543, user: 'me@x', password: 'p/w:d', database: 'app', ssl: true } });
    expect(config.url).toBe('postgres://me%40x:p%2Fw%3Ad@db:6543/app?sslmode=require');
  });

  test('accepts a module namespace (its default export) and keeps drizzle-kit’s own migrations schema out', () => {
    const config = fromDrizzleKit({ default: { dialect: 'postgresql', schema: './s.ts', migrations: { schema: 'meta' } } });
    expect(config).toEqual({ schema: { drizzle: './s.ts' }, filter: { excludeSchemas: ['meta'] } });
  });

  test('an unset DATABASE_URL is an error at config resolution, not a silent PGlite', () => {
    const config = fromDrizzleKit({ dialect: 'postgresql', schema: './s.ts', dbCredentials: { url: undefined } });
    expect(() => resolveConfig(config, '/p/retort.config.ts', {})).toThrow(/drizzle.config dbCredentials names no database/);
    expect(resolveConfig(config, '/p/retort.config.ts', { url: 'postgres://x/y' }).url).toBe('postgres://x/y');
  });

  test('other dialects and a missing schema are refused with a hint', () => {
    expect(() => fromDrizzleKit({ dialect: 'mysql', schema: './s.ts' })).toThrow(RetortError);
    expect(() => fromDrizzleKit({ dialect: 'postgresql' })).toThrow(/has no "schema" setting/);
  });
});

describe('fromTypeOrm', () => {
  test('takes the url, the data-source file and the migrations/metadata tables from the exported DataSource', () => {
    expect(fromTypeOrm({ AppDataSource: dataSource({ url: 'postgres://db/app', migrationsTableName: 'm' }) }, './src/data-source.ts')).toEqual({
      url: 'postgres://db/app',
      urlFrom: 'the DataSource in ./src/data-source.ts',
      schema: { typeorm: './src/data-source.ts' },
      filter: { excludeTables: ['m', 'typeorm_metadata'] },
    });
  });

  test('builds a URL from host/port/username/password/database', () => {
    const config = fromTypeOrm(dataSource({ host: 'db', port: 5432, username: 'app', password: 's3cr3t', database: 'main' }), './ds.ts');
    expect(config.url).toBe('postgres://app:s3cr3t@db:5432/main');
  });

  test('a DataSource whose url is unset resolves to an error, and no DataSource or another database is refused', () => {
    expect(() => resolveConfig(fromTypeOrm(dataSource({ url: undefined }), './ds.ts'), '/p/retort.config.ts', {})).toThrow(/names no database/);
    expect(() => fromTypeOrm({ nothing: 1 }, './ds.ts')).toThrow(/exports 0 TypeORM DataSources/);
    expect(() => fromTypeOrm(dataSource({ type: 'mysql' }), './ds.ts')).toThrow(/supports PostgreSQL/);
  });
});
