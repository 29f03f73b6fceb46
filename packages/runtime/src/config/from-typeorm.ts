import { RetortError } from '@retort/errors';
import type { RetortConfig } from './config-types';
import { hasFields, urlFromFields, type ConnectionFields } from './credentials-url';

/** The DataSource options retort reuses. */
interface DataSourceOptions extends ConnectionFields {
  type?: string;
  url?: string;
  migrationsTableName?: string;
  metadataTableName?: string;
}

/** A DataSource instance, or a module whose exports hold exactly one. */
function findDataSource(input: unknown, where: string): { options: DataSourceOptions } {
  const isDataSource = (v: unknown): v is { options: DataSourceOptions } =>
    typeof v === 'object' && v !== null && typeof (v as { options?: unknown }).options === 'object' && 'entityMetadatas' in v;
  if (isDataSource(input)) return input;
  const found = [...new Set(Object.values((input ?? {}) as Record<string, unknown>).filter(isDataSource))];
  if (found.length !== 1) {
    throw new RetortError(found.length === 0 ? 'NO_DATA_SOURCE' : 'AMBIGUOUS_DATA_SOURCE', `${where} exports ${found.length} TypeORM DataSources; retort needs exactly one.`, {
      hint: 'Export a single instance, e.g. `export const AppDataSource = new DataSource({ type: "postgres", ... })`.',
    });
  }
  return found[0]!;
}

/**
 * retort settings read from the project's TypeORM DataSource: its connection (url, or
 * host/port/username/password/database), its entities (through `schema.typeorm`), and its
 * migrations and metadata tables, which stay out of the comparison.
 */
export function fromTypeOrm(dataSource: unknown, file: string): RetortConfig {
  const { options } = findDataSource(dataSource, file);
  if (options.type !== 'postgres') {
    throw new RetortError('UNSUPPORTED_DATABASE', `The DataSource in ${file} is for "${options.type}"; retort supports PostgreSQL ("postgres") only.`, {
      hint: "Use retort with a DataSource of type: 'postgres'.",
    });
  }
  const url = options.url || (hasFields(options) ? urlFromFields(options) : undefined);
  return {
    ...(url ? { url } : {}),
    urlFrom: `the DataSource in ${file}`,
    schema: { typeorm: file },
    filter: { excludeTables: [options.migrationsTableName ?? 'migrations', options.metadataTableName ?? 'typeorm_metadata'] },
  };
}
