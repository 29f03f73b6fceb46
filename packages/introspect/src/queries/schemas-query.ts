export interface SchemaRow {
  name: string;
}

/** Every non-system schema (pg_*, information_schema and PGlite's internal schemas excluded). */
export const SCHEMAS_SQL = `
select n.nspname::text as name
from pg_namespace n
where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'`;
