import { loadUserModule } from '@retort/loader';
import type { SchemaModel } from '@retort/schema';
import { typeormRuntimeFor } from '../../../extract/src/typeorm/typeorm-runtime';
import type { OpenDatabase } from '../../../extract/test/support/open-target';
import { pgShim } from '../../../extract/test/support/pg-shim';
import { pushDrizzle } from '../../../extract/test/support/push-drizzle';
import { liveModel } from './workflow';

/** drizzle-kit's own push of a schema module into an empty database, read back. */
export async function drizzleOracle(db: OpenDatabase, file: string, schemas: string[], casing?: 'snake_case' | 'camelCase'): Promise<SchemaModel> {
  await pushDrizzle(file, loadUserModule(file) as Record<string, unknown>, db, schemas, casing);
  return liveModel(db, schemas);
}

/** The entity classes and EntitySchemas a module exports. */
export function typeormEntities(file: string): unknown[] {
  const rt = typeormRuntimeFor(file);
  return Object.values(loadUserModule(file) as Record<string, unknown>).filter(
    (v) => typeof v === 'function' || rt.orm.InstanceChecker.isEntitySchema(v),
  );
}

/** TypeORM's `synchronize()` of a module's entities into an empty database, read back (DataSource `options` on top). */
export async function typeormOracle(
  db: OpenDatabase, file: string, schemas: string[], options: Record<string, unknown> = { uuidExtension: 'pgcrypto' },
): Promise<SchemaModel> {
  const rt = typeormRuntimeFor(file);
  // synchronize() creates the uuid extension itself; on PGlite its bundle must be loaded first
  await db.loadExtensions?.([String(options.uuidExtension ?? 'uuid-ossp')]);
  const ds = new rt.orm.DataSource({
    type: 'postgres', driver: pgShim(db), entities: typeormEntities(file) as never[], logging: false, ...options,
  } as never);
  try {
    await ds.initialize();
    // synchronize() expects the entities' schemas to exist already
    for (const m of ds.entityMetadatas) if (m.schema) await db.exec(`create schema if not exists "${m.schema}"`);
    await ds.synchronize();
    return await liveModel(db, schemas);
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

/** A data-source module for a file of entities (uuid defaults through pgcrypto, as in the oracle). */
export function dataSourceSource(entityFile: string): string {
  return [
    "import { DataSource, InstanceChecker } from 'typeorm';",
    `import * as models from ${JSON.stringify(entityFile.replace(/\.ts$/, ''))};`,
    '',
    'const entities = Object.values(models).filter((v) => typeof v === "function" || InstanceChecker.isEntitySchema(v));',
    "export const AppDataSource = new DataSource({ type: 'postgres', entities: entities as never[], uuidExtension: 'pgcrypto' });",
    '',
  ].join('\n');
}
