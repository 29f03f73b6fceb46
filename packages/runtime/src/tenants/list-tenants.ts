import { basename } from 'node:path';
import { RetortError, maskUrl } from '@retort/errors';
import type { ResolvedConfig } from '../config/config-types';
import type { Queryable } from '../drivers/driver';
import type { Tenant, TenantDatabase } from './tenant-types';

const NO_TENANTS_HINT = "Add tenants: { databases: [...] } or tenants: { schemas: [...] } to retort.config.ts (see docs/tenants.md).";

/** A database URL's tenant name: its database (or PGlite directory) name. */
export function tenantNameOfUrl(url: string): string {
  if (url.startsWith('pglite://')) return basename(url.slice('pglite://'.length));
  try {
    return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || url;
  } catch {
    return maskUrl(url);
  }
}

function badList(message: string): never {
  throw new RetortError('BAD_TENANTS', message, { hint: 'Fix `tenants` in retort.config.ts (or the function that lists them).' });
}

function unique(tenants: Tenant[]): Tenant[] {
  const seen = new Set<string>();
  for (const t of tenants) {
    if (seen.has(t.name)) badList(`Two tenants are named "${t.name}"; tenant names must be unique.`);
    seen.add(t.name);
  }
  return tenants;
}

/**
 * Every tenant the config names, in its order. `openControl` opens the config's own database,
 * used only when `schemas` is a function of a query handle.
 */
export async function listTenants(config: ResolvedConfig, openControl: () => Promise<Queryable & { close(): Promise<void> }>): Promise<Tenant[]> {
  const spec = config.tenants;
  if (!spec) throw new RetortError('NO_TENANTS_CONFIGURED', `${config.configFile ?? 'The config'} names no tenants.`, { hint: NO_TENANTS_HINT });
  if ('databases' in spec) {
    const listed: readonly (string | TenantDatabase)[] = typeof spec.databases === 'function' ? await spec.databases() : spec.databases;
    if (!Array.isArray(listed)) badList('tenants.databases() must return an array of { name, url }.');
    return unique(
      listed.map((item) => {
        if (typeof item === 'string') return { name: tenantNameOfUrl(item), url: item, schema: null };
        if (!item || typeof item.name !== 'string' || typeof item.url !== 'string' || !item.name || !item.url) {
          badList('tenants.databases() returned an entry that is not { name: string, url: string }.');
        }
        return { name: item.name, url: item.url, schema: null };
      }),
    );
  }
  let names: readonly string[];
  if (typeof spec.schemas === 'function') {
    const db = await openControl();
    try {
      names = await spec.schemas(db);
    } finally {
      await db.close();
    }
  } else names = spec.schemas;
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || n === '' || n.length > 63)) {
    badList('tenants.schemas must list schema names (non-empty strings of at most 63 bytes).');
  }
  return unique(names.map((name) => ({ name, url: config.url, schema: name })));
}

/** `--tenant NAME` (repeatable) narrows the list; an unknown name is an error, not a silent no-op. */
export function selectTenants(all: Tenant[], names: readonly string[] | undefined): Tenant[] {
  if (!names || names.length === 0) return all;
  const byName = new Map(all.map((t) => [t.name, t]));
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length) {
    throw new RetortError('UNKNOWN_TENANT', `No tenant named ${unknown.map((n) => `"${n}"`).join(', ')}.`, {
      hint: `Known tenants: ${all.slice(0, 10).map((t) => t.name).join(', ')}${all.length > 10 ? ', …' : ''}.`,
      exitCode: 2,
    });
  }
  return [...new Set(names)].map((n) => byName.get(n)!);
}
