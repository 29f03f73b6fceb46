import type { ResolvedConfig } from '../config/config-types';
import type { Driver } from '../drivers/driver';
import { loadScriptDirectory } from '../script/script-directory';
import { migrate, stamp, type RunRequest } from '../service/migrate';
import { currentHeads } from '../service/version-info';
import { runFanOut, type FanOutPolicy } from './run-fan-out';
import { tenantConfig } from './tenant-connection';
import type { Tenant, TenantOutcome, TenantProgress } from './tenant-types';

/** A fan-out of one per-database service over tenants. */
export interface TenantRequest extends FanOutPolicy {
  config: ResolvedConfig;
  tenants: readonly Tenant[];
  open(url: string): Promise<Driver>;
  onProgress?(progress: TenantProgress): void;
  /** What every tenant's run gets besides its config and driver (args, timeouts, callbacks). */
  run?: Omit<RunRequest, 'config' | 'driver'>;
}

function fanOut(req: TenantRequest, task: (config: ResolvedConfig, driver: Driver) => Promise<{ from: string[]; to: string[] }>) {
  return runFanOut({
    ...req,
    task: (tenant, driver) => task(tenantConfig(req.config, tenant), driver),
    readHeads: (tenant, driver) => currentHeads(tenantConfig(req.config, tenant), driver),
  });
}

/** `upgrade`/`downgrade --tenants`: the per-database migrate, once per tenant. */
export function migrateTenants(req: TenantRequest & { direction: 'upgrade' | 'downgrade'; target: string }): Promise<TenantOutcome[]> {
  return fanOut(req, async (config, driver) => {
    const result = await migrate({ ...req.run, config, driver, direction: req.direction, target: req.target });
    return { from: result.headsBefore, to: result.headsAfter };
  });
}

/** `stamp --tenants`. */
export function stampTenants(req: TenantRequest & { targets: string[]; purge: boolean }): Promise<TenantOutcome[]> {
  return fanOut(req, async (config, driver) => {
    const result = await stamp({ ...req.run, config, driver, targets: req.targets, purge: req.purge });
    return { from: result.headsBefore, to: result.headsAfter };
  });
}

/** `current --tenants` / `history -i --tenants`: every tenant's heads (read only, never stops early). */
export function currentTenants(req: Omit<TenantRequest, 'continueOnError' | 'canary'>): Promise<TenantOutcome[]> {
  return fanOut({ ...req, canary: 0, continueOnError: true }, async (config, driver) => {
    const heads = await currentHeads(config, driver);
    return { from: heads, to: heads };
  });
}

export interface TenantsSummary {
  /** The scripts' head revision(s). */
  heads: string[];
  /** Tenants per version-table state (sorted heads joined by ','; '' is base), most tenants first. */
  atRevision: { revisions: string[]; count: number; atHead: boolean }[];
  /** Tenants not at the head(s). */
  behind: string[];
  /** Tenants whose version table could not be read. */
  failed: string[];
}

/** `current --tenants`: how many tenants stand at each revision, and which are behind. */
export function summariseTenants(config: ResolvedConfig, outcomes: readonly TenantOutcome[]): TenantsSummary {
  const heads = [...loadScriptDirectory(config.versionDirs).graph.heads].sort();
  const key = (revs: readonly string[]) => [...revs].sort().join(',');
  const groups = new Map<string, number>();
  const behind: string[] = [];
  for (const o of outcomes) {
    if (o.status !== 'ok' || !o.to) continue;
    groups.set(key(o.to), (groups.get(key(o.to)) ?? 0) + 1);
    if (key(o.to) !== key(heads)) behind.push(o.name);
  }
  const atRevision = [...groups.entries()]
    .map(([k, count]) => ({ revisions: k === '' ? [] : k.split(','), count, atHead: k === key(heads) }))
    .sort((a, b) => b.count - a.count || key(a.revisions).localeCompare(key(b.revisions)));
  return { heads, atRevision, behind, failed: outcomes.filter((o) => o.status !== 'ok').map((o) => o.name) };
}
