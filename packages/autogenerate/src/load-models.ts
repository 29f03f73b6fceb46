import { RetortError } from '@retort/errors';
import { extractModel } from '@retort/extract';
import { introspect } from '@retort/introspect';
import type { Driver, ResolvedConfig } from '@retort/runtime';
import type { SchemaModel } from '@retort/schema';
import { databaseCanonicalizer } from './database-canonicalizer';

export interface Models {
  /** What the live database holds. */
  current: SchemaModel;
  /** What the ORM models describe. */
  target: SchemaModel;
}

/** TypeORM's own bookkeeping table; it is not part of the user's model. */
const TYPEORM_METADATA = 'typeorm_metadata';

/** Reads both sides of a comparison: the ORM models (extract) and the database (introspect). */
export async function loadModels(config: ResolvedConfig, driver: Driver, onNote?: (note: string) => void): Promise<Models> {
  const { drizzle, typeorm, casing } = config.schema;
  if (drizzle.length === 0 && typeorm === null) {
    throw new RetortError('NO_MODEL_CONFIGURED', `${config.configFile ?? 'The config'} names no ORM models to compare with the database.`, {
      hint: "Add schema: { drizzle: './src/db/schema.ts' } or schema: { typeorm: './src/data-source.ts' } to retort.config.ts.",
    });
  }
  const target = await extractModel({
    ...(drizzle.length ? { drizzle } : {}),
    ...(typeorm !== null ? { typeorm } : {}),
    ...(casing !== null ? { casing } : {}),
    cwd: config.rootDir,
    canonicalize: databaseCanonicalizer(driver),
    onNote,
  });
  const versionSchema = config.versionTable.schema ?? 'public';
  const schemas = [...new Set(['public', ...target.schemas])].filter((s) => inScope(config, s));
  const current = await introspect(driver, {
    schemas,
    excludeTables: [
      { schema: versionSchema, name: config.versionTable.name },
      { schema: versionSchema, name: `${config.versionTable.name}_checksums`.slice(0, 63) },
      ...(typeorm !== null ? schemas.map((schema) => ({ schema, name: TYPEORM_METADATA })) : []),
    ],
  });
  return { current, target };
}

function inScope(config: ResolvedConfig, schema: string): boolean {
  const { includeSchemas, excludeSchemas } = config.filter;
  if (includeSchemas.length && !includeSchemas.includes(schema)) return false;
  return !excludeSchemas.includes(schema);
}
