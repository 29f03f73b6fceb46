import { RetortError } from '@retort/errors';
import type { Extension, QualifiedName, SchemaModel } from '@retort/schema';
import { extractDrizzle } from './drizzle/extract-drizzle';
import { isGlob } from './files/glob';
import type { ExpressionCanonicalizer } from './model/expression-sites';
import { extractTypeorm } from './typeorm/extract-typeorm';

/** The `schema` section of the retort config. */
export interface ExtractModelConfig {
  /** Drizzle schema module(s): paths or globs. */
  drizzle?: string | readonly string[];
  /** A file exporting the TypeORM DataSource, or a glob of entity files. */
  typeorm?: string;
  /** Directory the paths are relative to (the config file's directory). */
  cwd: string;
  /** drizzle's `casing` option. */
  casing?: 'snake_case' | 'camelCase';
  /** Extensions the config declares (`schema.extensions`), besides those the models imply. */
  extensions?: readonly Extension[];
  canonicalize?: ExpressionCanonicalizer;
  onNote?: (note: string) => void;
  /** Tables the ORM owns that retort must never create, alter or drop (its bookkeeping, `synchronize: false`). */
  onUnmanaged?: (table: QualifiedName) => void;
  /** `false`: roles are left to the DBA (declared roles are reported, never created). */
  manageRoles?: boolean;
}

/** drizzle-kit's journal of applied migrations (its default `migrations.schema`/`table`). */
const DRIZZLE_MIGRATIONS: QualifiedName = { schema: 'drizzle', name: '__drizzle_migrations' };

/** The target model described by the user's ORM code (exactly one of `drizzle` / `typeorm`). */
export async function extractModel(config: ExtractModelConfig): Promise<SchemaModel> {
  const { drizzle, typeorm, cwd, canonicalize, onNote, onUnmanaged, extensions } = config;
  if ((drizzle === undefined) === (typeorm === undefined)) {
    throw new RetortError('SCHEMA_CONFIG_INVALID', 'The retort config must name exactly one schema source: `schema.drizzle` or `schema.typeorm`.', {
      hint: "e.g. schema: { drizzle: './src/db/schema.ts' } or schema: { typeorm: './src/data-source.ts' }",
    });
  }
  if (drizzle !== undefined) {
    const model = await extractDrizzle({ files: drizzle, cwd, casing: config.casing, extensions, canonicalize, onNote, onUnmanaged, manageRoles: config.manageRoles });
    onUnmanaged?.(DRIZZLE_MIGRATIONS);
    return model;
  }
  const source = typeorm!;
  return isGlob(source)
    ? extractTypeorm({ entities: source, cwd, extensions, canonicalize, onNote, onUnmanaged })
    : extractTypeorm({ dataSourceFile: source, cwd, extensions, canonicalize, onNote, onUnmanaged });
}
