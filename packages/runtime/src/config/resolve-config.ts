import { dirname, resolve } from 'node:path';
import { RetortError } from '@retort/errors';
import type { ResolvedConfig, RetortConfig } from './config-types';
import { resolveExtensions } from './resolve-extensions';
import { resolveTenantsConfig } from '../tenants/resolve-tenants-config';

export const DEFAULT_URL = 'pglite://./.retort/db';
const KNOWN_KEYS = new Set([
  'url', 'urlFrom', 'schema', 'migrations', 'versionLocations', 'versionTable', 'versionTableSchema',
  'transactionPerMigration', 'lockTimeout', 'lockRetries', 'plan', 'statementTimeout', 'migrationLockTimeout', 'connectTimeout', 'fileTemplate',
  'filter', 'postWriteHooks', 'manageRoles', 'tenants',
]);
const FILTER_KEYS = ['includeSchemas', 'excludeSchemas', 'includeTables', 'excludeTables'] as const;

function stringList(file: string, key: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    fail(file, `"${key}" must be an array of strings.`, `For example ${key}: ['public'].`);
  }
  return value as string[];
}

function fail(file: string, message: string, hint: string): never {
  throw new RetortError('BAD_CONFIG', `${file}: ${message}`, { hint });
}

/** Applies defaults and resolves relative paths against the config file's folder. */
export function resolveConfig(config: RetortConfig, file: string, overrides: { url?: string }): ResolvedConfig {
  for (const key of Object.keys(config)) {
    if (!KNOWN_KEYS.has(key)) fail(file, `unknown key "${key}".`, `Known keys: ${[...KNOWN_KEYS].join(', ')}.`);
  }
  const rootDir = dirname(file);
  const str = (key: keyof RetortConfig, value: unknown): string | null => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || value.trim() === '') fail(file, `"${key}" must be a non-empty string.`, 'Fix the value.');
    return value;
  };
  const migrationsDir = resolve(rootDir, str('migrations', config.migrations) ?? './migrations');
  const extra = (config.versionLocations ?? []).map((p) => resolve(rootDir, p));
  const drizzle = config.schema?.drizzle;
  const lockSeconds = config.migrationLockTimeout ?? 300;
  if (typeof lockSeconds !== 'number' || !(lockSeconds >= 0)) {
    fail(file, '"migrationLockTimeout" must be a number of seconds.', 'For example migrationLockTimeout: 300.');
  }
  const connectSeconds = config.connectTimeout ?? 10;
  if (!isConnectTimeout(connectSeconds)) {
    fail(file, '"connectTimeout" must be a positive number of seconds.', 'For example connectTimeout: 10.');
  }
  const versionTable = str('versionTable', config.versionTable) ?? 'retort_version';
  if (versionTable.length > 63) fail(file, '"versionTable" is longer than 63 bytes.', 'Choose a shorter name.');
  const fileTemplate = str('fileTemplate', config.fileTemplate) ?? '{rev}_{slug}';
  if (config.manageRoles !== undefined && typeof config.manageRoles !== 'boolean') {
    fail(file, '"manageRoles" must be true or false.', 'manageRoles: false leaves roles to the DBA.');
  }
  const lockRetries = config.lockRetries ?? 3;
  if (!Number.isInteger(lockRetries) || lockRetries < 1 || lockRetries > 100) {
    fail(file, '"lockRetries" must be a whole number of tries from 1 to 100.', 'For example lockRetries: 3 (1 = never retry).');
  }
  const plan = config.plan ?? 'online';
  if (plan !== 'online' && plan !== 'simple') {
    fail(file, `"plan" must be 'online' or 'simple', not ${JSON.stringify(plan)}.`, "plan: 'online' writes lock-safe forms for existing tables.");
  }
  if (!fileTemplate.includes('{rev}')) fail(file, '"fileTemplate" must contain {rev}.', "For example '{rev}_{slug}'.");
  return {
    configFile: file,
    rootDir,
    url: overrides.url ?? str('url', config.url) ?? defaultUrl(file, config.urlFrom),
    schema: {
      drizzle: drizzle === undefined ? [] : (Array.isArray(drizzle) ? drizzle : [drizzle]),
      typeorm: config.schema?.typeorm ?? null,
      casing: config.schema?.casing ?? null,
      extensions: resolveExtensions(file, config.schema?.extensions),
    },
    migrationsDir,
    versionDirs: [resolve(migrationsDir, 'versions'), ...extra],
    versionTable: { schema: str('versionTableSchema', config.versionTableSchema), name: versionTable },
    transactionPerMigration: config.transactionPerMigration === true,
    lockTimeout: str('lockTimeout', config.lockTimeout),
    lockRetries,
    plan,
    statementTimeout: str('statementTimeout', config.statementTimeout),
    migrationLockTimeoutMs: lockSeconds * 1000,
    connectTimeoutS: connectSeconds,
    fileTemplate,
    filter: resolveFilter(file, config.filter),
    postWriteHooks: stringList(file, 'postWriteHooks', config.postWriteHooks),
    manageRoles: config.manageRoles !== false,
    tenants: resolveTenantsConfig(file, config.tenants),
  };
}

function defaultUrl(file: string, urlFrom: string | undefined): string {
  if (urlFrom === undefined) return DEFAULT_URL;
  throw new RetortError('NO_DATABASE_URL', `${file}: ${urlFrom} names no database (is its environment variable set?).`, {
    hint: 'Set the variable it reads (e.g. DATABASE_URL), or pass --url / RETORT_DATABASE_URL.',
  });
}

/** A connect timeout postgres.js can honour: positive seconds, at most a day. */
export function isConnectTimeout(value: unknown): value is number {
  return typeof value === 'number' && value > 0 && value <= 86_400;
}

function resolveFilter(file: string, filter: RetortConfig['filter']): ResolvedConfig['filter'] {
  if (filter !== undefined && (typeof filter !== 'object' || filter === null)) {
    fail(file, '"filter" must be an object.', "For example filter: { excludeTables: ['legacy_*'] }.");
  }
  for (const key of Object.keys(filter ?? {})) {
    if (!(FILTER_KEYS as readonly string[]).includes(key)) fail(file, `unknown key "filter.${key}".`, `Known keys: ${FILTER_KEYS.join(', ')}.`);
  }
  return {
    includeSchemas: stringList(file, 'filter.includeSchemas', filter?.includeSchemas),
    excludeSchemas: stringList(file, 'filter.excludeSchemas', filter?.excludeSchemas),
    includeTables: stringList(file, 'filter.includeTables', filter?.includeTables),
    excludeTables: stringList(file, 'filter.excludeTables', filter?.excludeTables),
  };
}
