import type { DrizzleRuntime } from './drizzle-runtime';
import type { DrizzlePolicy } from './policies';
import type { DrizzleRole } from './roles';
import type { DrizzleViewExport } from './views';

/** The drizzle objects found among one module's exports, by kind. */
export interface DrizzleExports {
  tables: { exportName: string; file: string; table: unknown }[];
  enums: { exportName: string; file: string; enumName: string; schema: string | undefined; values: string[] }[];
  sequences: { exportName: string; file: string; sequence: { seqName: string; schema?: string; seqOptions?: Record<string, unknown> } }[];
  schemas: string[];
  /** Top-level pgPolicy exports (linked to their table with `.link(table)`). */
  policies: { exportName: string; file: string; policy: DrizzlePolicy }[];
  roles: { exportName: string; file: string; role: DrizzleRole }[];
  /** pgView and pgMaterializedView exports (`.existing()` ones included: the extractor reports those). */
  views: DrizzleViewExport[];
  /** Objects retort does not model yet, e.g. `view "active_users" (export activeUsers)`. */
  skipped: string[];
  /** How many exports were drizzle objects of any kind (relations included). */
  recognised: number;
}

export function emptyExports(): DrizzleExports {
  return { tables: [], enums: [], sequences: [], schemas: [], policies: [], roles: [], views: [], skipped: [], recognised: 0 };
}

/** Sorts one module's exports into `into`; values exported twice (re-exports) are kept once. */
export function collectExports(rt: DrizzleRuntime, file: string, exports: Record<string, unknown>, into: DrizzleExports, seen: Set<unknown>): void {
  const { is } = rt.orm;
  const pg = rt.pg;
  for (const [exportName, value] of Object.entries(exports)) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) continue;
    if (seen.has(value)) {
      into.recognised++;
      continue;
    }
    if (is(value, pg.PgTable)) {
      into.tables.push({ exportName, file, table: value });
    } else if (pg.isPgEnum(value)) {
      into.enums.push({ exportName, file, enumName: value.enumName, schema: value.schema, values: [...value.enumValues] });
    } else if (pg.isPgSequence(value)) {
      into.sequences.push({ exportName, file, sequence: value as never });
    } else if (is(value, pg.PgSchema)) {
      into.schemas.push((value as { schemaName: string }).schemaName);
    } else if (is(value, pg.PgView) || is(value, pg.PgMaterializedView)) {
      into.views.push({ exportName, file, view: value, materialized: is(value, pg.PgMaterializedView) });
    } else if (is(value, pg.PgPolicy)) {
      into.policies.push({ exportName, file, policy: value as DrizzlePolicy });
    } else if (is(value, pg.PgRole)) {
      into.roles.push({ exportName, file, role: value as DrizzleRole });
    } else if (is(value, rt.orm.Relations)) {
      // relations() only drive the query builder; they are not schema objects
    } else {
      continue;
    }
    seen.add(value);
    into.recognised++;
  }
}
