import { RetortError } from '@retort/errors';
import { extractModel } from '@retort/extract';
import { introspect } from '@retort/introspect';
import type { Driver, ResolvedConfig } from '@retort/runtime';
import type { QualifiedName, SchemaModel } from '@retort/schema';
import { databaseCanonicalizer } from './database-canonicalizer';

export interface Models {
  /** What the live database holds. */
  current: SchemaModel;
  /** What the ORM models describe. */
  target: SchemaModel;
}

/** Reads both sides of a comparison: the ORM models (extract) and the database (introspect). */
export async function loadModels(config: ResolvedConfig, driver: Driver, onNote?: (note: string) => void): Promise<Models> {
  const { drizzle, typeorm, casing, extensions } = config.schema;
  if (drizzle.length === 0 && typeorm === null) {
    throw new RetortError('NO_MODEL_CONFIGURED', `${config.configFile ?? 'The config'} names no ORM models to compare with the database.`, {
      hint: "Add schema: { drizzle: './src/db/schema.ts' } or schema: { typeorm: './src/data-source.ts' } to retort.config.ts.",
    });
  }
  // the ORM's own bookkeeping tables and `synchronize: false` ones: never compared, so never dropped
  const unmanaged: QualifiedName[] = [];
  const target = await extractModel({
    ...(drizzle.length ? { drizzle } : {}),
    ...(typeorm !== null ? { typeorm } : {}),
    ...(casing !== null ? { casing } : {}),
    extensions,
    cwd: config.rootDir,
    canonicalize: databaseCanonicalizer(driver),
    onNote,
    onUnmanaged: (table) => unmanaged.push(table),
  });
  const versionSchema = config.versionTable.schema ?? 'public';
  const schemas = [...new Set(['public', ...target.schemas])].filter((s) => inScope(config, s));
  const current = await introspect(driver, {
    schemas,
    excludeTables: [{ schema: versionSchema, name: config.versionTable.name }, ...unmanaged],
  });
  return { current, target };
}

function inScope(config: ResolvedConfig, schema: string): boolean {
  const { includeSchemas, excludeSchemas } = config.filter;
  if (includeSchemas.length && !includeSchemas.includes(schema)) return false;
  return !excludeSchemas.includes(schema);
}
