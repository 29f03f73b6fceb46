import { RetortError } from '@retort/errors';
import type { RetortConfig } from './config-types';
import { hasFields, urlFromFields, type ConnectionFields } from './credentials-url';

/** The parts of a drizzle-kit config (drizzle.config.ts) that retort reuses. */
export interface DrizzleKitConfig {
  dialect?: string;
  schema?: string | string[];
  dbCredentials?: ({ url?: string } & ConnectionFields) | undefined;
  schemaFilter?: string | string[];
  tablesFilter?: string | string[];
  casing?: 'snake_case' | 'camelCase';
  migrations?: { table?: string; schema?: string };
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * retort settings read from the project's drizzle.config: schema files, database credentials,
 * schemaFilter/tablesFilter (`!glob` excludes), casing. drizzle-kit's own migrations schema is
 * left out of the comparison, so switching from drizzle-kit never drops its journal.
 */
export function fromDrizzleKit(config: object, where = 'drizzle.config'): RetortConfig {
  // drizzle-kit's Config is a union over dialects and drivers; read the PostgreSQL fields only
  const input = ((config as { default?: DrizzleKitConfig }).default ?? config) as DrizzleKitConfig;
  if (input.dialect !== undefined && input.dialect !== 'postgresql') {
    throw new RetortError('UNSUPPORTED_DATABASE', `${where} is for "${input.dialect}"; retort supports PostgreSQL only.`, {
      hint: "Use retort with a drizzle.config whose dialect is 'postgresql'.",
    });
  }
  if (input.schema === undefined) {
    throw new RetortError('BAD_CONFIG', `${where} has no "schema" setting.`, { hint: "Add schema: './src/db/schema.ts' to it." });
  }
  const tables = list(input.tablesFilter);
  const credentials = input.dbCredentials;
  const url = credentials === undefined ? undefined : credentials.url || (hasFields(credentials) ? urlFromFields(credentials) : undefined);
  return {
    ...(url ? { url } : {}),
    ...(credentials !== undefined ? { urlFrom: `${where} dbCredentials` } : {}),
    schema: { drizzle: input.schema, ...(input.casing ? { casing: input.casing } : {}) },
    filter: {
      ...(input.schemaFilter !== undefined ? { includeSchemas: list(input.schemaFilter) } : {}),
      excludeSchemas: [input.migrations?.schema ?? 'drizzle'],
      ...(tables.some((t) => !t.startsWith('!')) ? { includeTables: tables.filter((t) => !t.startsWith('!')) } : {}),
      ...(tables.some((t) => t.startsWith('!')) ? { excludeTables: tables.filter((t) => t.startsWith('!')).map((t) => t.slice(1)) } : {}),
    },
  };
}
