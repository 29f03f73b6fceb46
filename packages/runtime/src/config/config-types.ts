/** What a user writes in retort.config.ts (every field optional; see README "Configuration"). */
import type { TenantsConfig } from '../tenants/tenant-types';

export interface RetortConfig {
  /** Database URL; `--url` and RETORT_DATABASE_URL override it. Default: pglite://./.retort/db */
  url?: string;
  /**
   * Where `url` comes from (set by fromDrizzleKit/fromTypeOrm): when that source names no
   * database (an unset environment variable), retort stops instead of using PGlite.
   */
  urlFrom?: string;
  /** Where the ORM models live (autogenerate reads them). */
  schema?: {
    drizzle?: string | string[];
    typeorm?: string;
    casing?: 'snake_case' | 'camelCase';
    /**
     * Extensions the schema needs beyond those the models imply (citext, vector, uuid-ossp, …
     * are inferred): names, or `{ name, schema }` to install one outside public.
     */
    extensions?: (string | { name: string; schema?: string })[];
  };
  /** The migrations folder; revision files live in `<migrations>/versions`. Default: ./migrations */
  migrations?: string;
  /** Further folders holding revision files (Alembic's version_locations). */
  versionLocations?: string[];
  /** Name of the version table. Default: retort_version */
  versionTable?: string;
  /** Schema of the version table. Default: the connection's search_path (public). */
  versionTableSchema?: string;
  /** Commit after each revision instead of once for the whole run. Default: false */
  transactionPerMigration?: boolean;
  /**
   * PostgreSQL lock_timeout, e.g. '5s': applied to every migration transaction (SET LOCAL),
   * and written by autogenerate at the top of each new file as `op.setLockTimeout(…)`, which
   * then wins for that revision. Default for generated files: '5s'.
   */
  lockTimeout?: string;
  /** Tries of a statement that failed on lock_timeout (SQLSTATE 55P03), with backoff. Default: 3 */
  lockRetries?: number;
  /**
   * How autogenerate writes changes to tables that already exist: 'online' (default) uses the
   * lock-safe forms (CONCURRENTLY, NOT VALID + VALIDATE, …), 'simple' the plain statements.
   */
  plan?: 'online' | 'simple';
  /** PostgreSQL statement_timeout for the migration transaction (SET LOCAL), e.g. '1min'. */
  statementTimeout?: string;
  /** Seconds to wait for another retort run to finish (the migration lock). Default: 300 */
  migrationLockTimeout?: number;
  /** Seconds to wait for a PostgreSQL server to accept and start a session. Default: 10 */
  connectTimeout?: number;
  /** File name of new revisions; placeholders {rev} and {slug}. Default: '{rev}_{slug}' */
  fileTemplate?: string;
  /**
   * What autogenerate compares (Alembic's include_name/include_object). Table globs match
   * `name` or `schema.name`. Tables outside the scope are never created or dropped.
   */
  filter?: { includeSchemas?: string[]; excludeSchemas?: string[]; includeTables?: string[]; excludeTables?: string[] };
  /** Shell commands run on each new revision file, `{file}` standing for its path (e.g. 'eslint --fix {file}'). */
  postWriteHooks?: string[];
  /**
   * Create and alter the roles the models declare (Drizzle pgRole). `false` leaves roles to the
   * DBA: declared roles are reported and never created. Roles not declared are never dropped. Default: true
   */
  manageRoles?: boolean;
  /** Many databases or schemas migrated together (`--tenants`); see docs/tenants.md. */
  tenants?: TenantsConfig;
}

/** The config after defaults and path resolution; every path is absolute. */
export interface ResolvedConfig {
  configFile: string | null;
  rootDir: string;
  url: string;
  schema: {
    drizzle: string[];
    typeorm: string | null;
    casing: 'snake_case' | 'camelCase' | null;
    extensions: { name: string; schema: string }[];
  };
  migrationsDir: string;
  versionDirs: string[];
  versionTable: { schema: string | null; name: string };
  transactionPerMigration: boolean;
  lockTimeout: string | null;
  lockRetries: number;
  plan: 'online' | 'simple';
  statementTimeout: string | null;
  migrationLockTimeoutMs: number;
  connectTimeoutS: number;
  fileTemplate: string;
  filter: { includeSchemas: string[]; excludeSchemas: string[]; includeTables: string[]; excludeTables: string[] };
  postWriteHooks: string[];
  manageRoles: boolean;
  tenants: TenantsConfig | null;
}

/** Identity helper that gives retort.config.ts its types. */
export function defineConfig(config: RetortConfig): RetortConfig {
  return config;
}
