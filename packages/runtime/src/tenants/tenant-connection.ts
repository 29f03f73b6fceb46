import { quoteIdent } from '@retort/ops';
import type { ResolvedConfig } from '../config/config-types';
import type { Driver } from '../drivers/driver';
import type { Tenant } from './tenant-types';

/**
 * The config a per-database service sees for one tenant: the tenant's URL, and for a schema
 * tenant the version table inside the tenant's schema (so each tenant has its own table and,
 * the lock being keyed on the table's name, its own migration lock).
 */
export function tenantConfig(config: ResolvedConfig, tenant: Tenant): ResolvedConfig {
  return {
    ...config,
    url: tenant.url,
    versionTable: { schema: tenant.schema ?? config.versionTable.schema, name: config.versionTable.name },
  };
}

/** Scopes a connection to a schema tenant: unqualified names in migrations resolve to the tenant. */
export async function scopeToTenant(driver: Driver, tenant: Tenant): Promise<Driver> {
  // session-level, outside any transaction, so it outlives the run's transactions
  if (tenant.schema !== null) await driver.query(`SET search_path TO ${quoteIdent(tenant.schema)}`);
  return driver;
}

/**
 * One worker's connection, reused while consecutive tenants share a URL (schema tenants), and
 * reopened when the URL changes or after a failure. A worker never holds more than one.
 */
export class TenantConnection {
  private driver: Driver | null = null;
  private url: string | null = null;

  constructor(private readonly open: (url: string) => Promise<Driver>) {}

  /** The connection for `tenant`, with search_path set to its schema (schema tenants). */
  async forTenant(tenant: Tenant): Promise<Driver> {
    if (this.driver && this.url !== tenant.url) await this.close();
    if (!this.driver) {
      this.driver = await this.open(tenant.url);
      this.url = tenant.url;
    }
    return scopeToTenant(this.driver, tenant);
  }

  async close(): Promise<void> {
    const driver = this.driver;
    this.driver = null;
    this.url = null;
    if (driver) await driver.close().catch(() => {});
  }
}
