import { RetortError } from '@retort/errors';
import type { TenantsConfig } from './tenant-types';

function fail(file: string, message: string): never {
  throw new RetortError('BAD_CONFIG', `${file}: ${message}`, {
    hint: "Use tenants: { databases: ['postgres://…/acme', …] } or tenants: { schemas: ['acme', …] } (or an async function returning them); see docs/tenants.md.",
  });
}

/** Checks the shape of `tenants` (the lists a function returns are checked when it runs). */
export function resolveTenantsConfig(file: string, value: unknown): TenantsConfig | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') fail(file, '"tenants" must be an object.');
  const keys = Object.keys(value);
  if (keys.length !== 1 || (keys[0] !== 'databases' && keys[0] !== 'schemas')) {
    fail(file, `"tenants" must have exactly one key, "databases" or "schemas" (found ${keys.join(', ') || 'none'}).`);
  }
  const key = keys[0]!;
  const list = (value as Record<string, unknown>)[key];
  if (typeof list === 'function') return value as TenantsConfig;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) {
    fail(file, `"tenants.${key}" must be an array of non-empty strings or an async function.`);
  }
  return value as TenantsConfig;
}
