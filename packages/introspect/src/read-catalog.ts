import { RetortError } from '@retort/errors';
import type { Queryable } from './queryable';
import { SCHEMAS_SQL, type SchemaRow } from './queries/schemas-query';
import { TABLES_SQL, type TableRow } from './queries/tables-query';
import { COLUMNS_SQL, type ColumnRow } from './queries/columns-query';
import { CONSTRAINTS_SQL, type ConstraintRow } from './queries/constraints-query';
import { INDEXES_SQL, type IndexRow } from './queries/indexes-query';
import { DOMAINS_SQL, ENUMS_SQL, type DomainRow, type EnumRow } from './queries/types-query';
import { SEQUENCES_SQL, type SequenceRow } from './queries/sequences-query';
import { POLICIES_SQL, type PolicyRow } from './queries/policies-query';
import { ROLES_SQL, type RoleRow } from './queries/roles-query';
import { VIEWS_SQL, type ViewRow } from './queries/views-query';

/** What the catalog queries return, before it is assembled into a SchemaModel. */
export interface CatalogRows {
  /** The schemas the rows cover, and the roles asked for. */
  scope: string[];
  roleNames: string[];
  catalog: SchemaRow | undefined;
  tables: TableRow[];
  columns: ColumnRow[];
  constraints: ConstraintRow[];
  indexes: IndexRow[];
  enums: EnumRow[];
  domains: DomainRow[];
  sequences: SequenceRow[];
  policies: PolicyRow[];
  roles: RoleRow[];
  views: ViewRow[];
}

/**
 * Runs the catalog queries (INTROSPECTION_QUERY_COUNT). With `schemas` given they are all
 * sent at once, so a caller may start them and load the models while the server answers;
 * without, the schema list is read first.
 */
export async function readCatalog(
  db: Queryable,
  options: { schemas?: readonly string[]; roles?: readonly string[] } = {},
): Promise<CatalogRows> {
  const run = <R>(sql: string, params: unknown[] = []) =>
    db.query<R>(sql, params).catch((cause: unknown) => {
      throw new RetortError(
        'INTROSPECTION_FAILED',
        `Reading the database catalog failed: ${(cause as Error)?.message ?? cause}`,
        {
          hint: 'Check that the connected role may read pg_catalog and that the server is PostgreSQL 12 or newer.',
          cause,
        },
      );
    });
  const schemas = run<SchemaRow>(SCHEMAS_SQL);
  // awaited last when the scope is given: no rejection may go unhandled meanwhile
  schemas.catch(() => {});
  const scope = options.schemas ? [...options.schemas] : ((await schemas)[0]?.schemas ?? []);
  const roleNames = [...(options.roles ?? [])];
  const rows = await settled({
    tables: run<TableRow>(TABLES_SQL, [scope]),
    columns: run<ColumnRow>(COLUMNS_SQL, [scope]),
    constraints: run<ConstraintRow>(CONSTRAINTS_SQL, [scope]),
    indexes: run<IndexRow>(INDEXES_SQL, [scope]),
    enums: run<EnumRow>(ENUMS_SQL, [scope]),
    domains: run<DomainRow>(DOMAINS_SQL, [scope]),
    sequences: run<SequenceRow>(SEQUENCES_SQL, [scope]),
    policies: run<PolicyRow>(POLICIES_SQL, [scope]),
    roles: run<RoleRow>(ROLES_SQL, [roleNames]),
    views: run<ViewRow>(VIEWS_SQL, [scope]),
  });
  return { scope, roleNames, catalog: (await schemas)[0], ...rows };
}

/** True when rows read for one scope answer a request for another (same schemas, same roles). */
export function catalogCovers(
  rows: Pick<CatalogRows, 'scope' | 'roleNames'>,
  wanted: { schemas: readonly string[]; roles: readonly string[] },
): boolean {
  const same = (a: readonly string[], b: readonly string[]) =>
    new Set(a).size === new Set(b).size && b.every((x) => a.includes(x));
  return same(rows.scope, wanted.schemas) && same(rows.roleNames, wanted.roles);
}

async function settled<T extends Record<string, Promise<unknown>>>(
  pending: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const entries = await Promise.all(Object.entries(pending).map(async ([k, p]) => [k, await p]));
  return Object.fromEntries(entries) as { [K in keyof T]: Awaited<T[K]> };
}
