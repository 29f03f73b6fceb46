import { canonicalViewDefinition, compareText, type View } from '@retort/schema';
import type { DrizzleRuntime } from './drizzle-runtime';
import type { DrizzleCasing } from './sql-render';

/** The fields of getViewConfig / getMaterializedViewConfig that the mapping reads. */
interface DrizzleViewConfig {
  name: string;
  schema?: string;
  query?: unknown;
  isExisting: boolean;
  with?: Record<string, unknown>;
  using?: string;
  withNoData?: boolean;
}

/** A pgView or pgMaterializedView export. */
export interface DrizzleViewExport {
  exportName: string;
  file: string;
  view: unknown;
  materialized: boolean;
}

export function viewConfig(rt: DrizzleRuntime, found: DrizzleViewExport): DrizzleViewConfig {
  const read = found.materialized ? rt.pg.getMaterializedViewConfig : rt.pg.getViewConfig;
  return (read as (v: unknown) => DrizzleViewConfig)(found.view);
}

/** `checkOption` → `check_option`, as drizzle-kit writes the WITH options. */
function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** One view → a model View; the query rendered as drizzle-kit renders it (qualified columns, inlined parameters). */
export function mapView(rt: DrizzleRuntime, casing: DrizzleCasing, found: DrizzleViewExport): View {
  const config = viewConfig(rt, found);
  const dialect = new rt.pg.PgDialect(casing ? { casing } : {});
  const definition = dialect.sqlToQuery(config.query as never).sql;
  const options = Object.entries(config.with ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${snakeCase(k)}=${String(v)}`)
    .sort(compareText);
  return {
    schema: config.schema ?? 'public',
    name: config.name,
    materialized: found.materialized,
    definition: canonicalViewDefinition(definition),
    with: options,
    using:
      found.materialized && config.using !== undefined && config.using !== 'heap'
        ? config.using
        : null,
    withNoData: found.materialized && config.withNoData === true,
    indexes: [],
    dependsOn: [],
    columns: [],
  };
}
