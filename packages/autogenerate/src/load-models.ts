import { RetortError } from '@retort/errors';
import { extractModel } from '@retort/extract';
import {
  assembleCatalog,
  canonicalizeViews,
  catalogCovers,
  readCatalog,
  type TableSize,
} from '@retort/introspect';
import type { Driver, ResolvedConfig } from '@retort/runtime';
import { checksumTable, readVersionHeads } from '@retort/runtime';
import { emptyModel, type QualifiedName, type SchemaModel } from '@retort/schema';
import { databaseCanonicalizer } from './database-canonicalizer';
import { schemasCreatedByRevisions } from './managed-schemas';
import { tenantAsPublic } from './tenant-schema';

export interface Models {
  /** What the live database holds. */
  current: SchemaModel;
  /** What the ORM models describe. */
  target: SchemaModel;
  /** Each table of `current` (`schema.name`, as in `current`): its size, for hazards and plans. */
  sizes: Map<string, TableSize>;
}

export interface LoadOptions {
  onNote?: (note: string) => void;
  /** Accept a model that describes nothing even on a first run (`--allow-empty-model`). */
  allowEmptyModel?: boolean;
  /** A tenant schema that stands for `public` (schema-per-tenant: `--tenants`, `--tenant NAME`). */
  tenantSchema?: string;
}

const isEmpty = (m: SchemaModel) =>
  m.tables.length + m.enums.length + m.domains.length + m.sequences.length + m.views.length === 0 &&
  m.schemas.every((s) => s === 'public');

/**
 * Reads both sides of a comparison: the ORM models (extract) and the database (introspect).
 * The database is read in `public`, the model's schemas and the schemas earlier revisions
 * created (see schemasCreatedByRevisions), so a schema that leaves the model is seen.
 */
export async function loadModels(config: ResolvedConfig, driver: Driver, options: LoadOptions = {}): Promise<Models> {
  const { onNote, tenantSchema } = options;
  const { drizzle, typeorm, casing, extensions } = config.schema;
  if (drizzle.length === 0 && typeorm === null) {
    throw new RetortError('NO_MODEL_CONFIGURED', `${config.configFile ?? 'The config'} names no ORM models to compare with the database.`, {
      hint: "Add schema: { drizzle: './src/db/schema.ts' } or schema: { typeorm: './src/data-source.ts' } to retort.config.ts.",
    });
  }
  const versionSchema = config.versionTable.schema ?? 'public';
  const managed = schemasCreatedByRevisions(config);
  const scopeOf = (modelSchemas: readonly string[]) =>
    [...new Set(['public', ...modelSchemas, ...managed])]
      .filter((s) => inScope(config, s))
      .map((s) => (tenantSchema !== undefined && s === 'public' ? tenantSchema : s));
  // On a server the catalog queries go out before the models load, and the server answers
  // them while this process imports the user's modules; they are sent again only when the
  // model names other schemas or declares roles. (PGlite runs in this thread, and extraction
  // may reopen it with extensions: it is read afterwards.)
  const early = driver.kind === 'postgres' ? readCatalog(driver, { schemas: scopeOf([]), roles: [] }) : null;
  if (early) {
    early.catch(() => {});
    await queriesSent();
  }
  // the ORM's own bookkeeping tables and `synchronize: false` ones: never compared, so never dropped
  const unmanaged: QualifiedName[] = [];
  let refused: RetortError | null = null;
  const target = await extractModel({
    ...(drizzle.length ? { drizzle } : {}),
    ...(typeorm !== null ? { typeorm } : {}),
    ...(casing !== null ? { casing } : {}),
    extensions,
    cwd: config.rootDir,
    canonicalize: databaseCanonicalizer(driver),
    onNote,
    onUnmanaged: (table) => unmanaged.push(table),
    manageRoles: config.manageRoles,
  }).catch((error: unknown) => {
    if (!(error instanceof RetortError) || error.code !== 'NO_SCHEMA_OBJECTS') throw error;
    refused = error;
    return emptyModel();
  });
  // views read the model's tables: their queries are canonicalised against all of them at once
  target.views = await canonicalizeViews(driver, target);
  // roles are cluster-wide: read only the ones the model declares
  const wanted = { schemas: scopeOf(target.schemas), roles: target.roles.map((r) => r.name) };
  const guessed = early && (await early);
  const rows = guessed && catalogCovers(guessed, wanted) ? guessed : await readCatalog(driver, wanted);
  const { model: introspected, sizes: readSizes } = assembleCatalog(rows, {
    excludeTables: [
      { schema: versionSchema, name: config.versionTable.name },
      { schema: versionSchema, name: checksumTable(config.versionTable).name },
      ...unmanaged,
    ],
  });
  const current = tenantSchema === undefined ? introspected : tenantAsPublic(introspected, tenantSchema);
  const tenantPrefix = `${tenantSchema}.`;
  const sizes = new Map(
    [...readSizes].map(([key, size]) => [tenantSchema !== undefined && key.startsWith(tenantPrefix) ? `public.${key.slice(tenantPrefix.length)}` : key, size]),
  );
  if (isEmpty(target) && !options.allowEmptyModel) {
    await assertEmptyModelIntended(config, driver, refused);
    if (!isEmpty(current)) onNote?.('The model describes no objects: proposing to drop what earlier revisions created.');
  }
  return { current, target, sizes };
}

/**
 * An empty model is what a user means when the last object leaves it, on a database earlier
 * revisions built (the version table names a revision); on a database no revision has touched
 * it is the likely mistake of a model path that loads nothing, refused unless
 * `--allow-empty-model` says otherwise.
 */
async function assertEmptyModelIntended(config: ResolvedConfig, driver: Driver, refused: RetortError | null): Promise<void> {
  const versionTable = { schema: config.versionTable.schema, name: config.versionTable.name };
  if ((await readVersionHeads(driver, versionTable)).length > 0) return;
  const what = refused?.message ?? 'The models describe no tables, enums, sequences or schemas.';
  throw new RetortError('EMPTY_MODEL', `${what} Refusing an empty model: no revision has been applied to this database yet.`, {
    hint: `${refused?.hint ?? 'Check schema in retort.config.ts.'} If the model is meant to be empty, pass --allow-empty-model.`,
  });
}

/** Lets queued queries reach the socket (postgres.js writes on setImmediate) before synchronous work blocks the event loop. */
async function queriesSent(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => setImmediate(resolve));
}

function inScope(config: ResolvedConfig, schema: string): boolean {
  const { includeSchemas, excludeSchemas } = config.filter;
  if (includeSchemas.length && !includeSchemas.includes(schema)) return false;
  return !excludeSchemas.includes(schema);
}
