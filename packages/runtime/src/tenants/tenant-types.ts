import type { Queryable } from '../drivers/driver';

/** A tenant database: its name (for reports and `--tenant NAME`) and its URL. */
export interface TenantDatabase {
  name: string;
  url: string;
}

/**
 * `tenants` in retort.config.ts: one database per tenant, or one schema per tenant inside `url`.
 * The functions run on each `--tenants` command, so the list can live in a control database.
 */
export type TenantsConfig =
  | { databases: readonly string[] | (() => Promise<readonly TenantDatabase[]>) }
  | { schemas: readonly string[] | ((db: Queryable) => Promise<readonly string[]>) };

/** One tenant as the fan-out sees it: where to connect, and the schema to scope the run to. */
export interface Tenant {
  name: string;
  url: string;
  /** The tenant's schema (search_path and version table); null for a database-per-tenant. */
  schema: string | null;
}

export type TenantStatus = 'ok' | 'failed' | 'not-started';

/** One row of the report a fan-out ends with. */
export interface TenantOutcome {
  name: string;
  status: TenantStatus;
  /** Version-table heads before and after (empty = base); null when the tenant was not reached. */
  from: string[] | null;
  to: string[] | null;
  durationMs: number;
  error: { code: string; message: string } | null;
}

/** A live count for the progress line. */
export interface TenantProgress {
  total: number;
  done: number;
  failed: number;
  running: number;
  /** Tenants finished per second since the fan-out started. */
  ratePerSecond: number;
}
