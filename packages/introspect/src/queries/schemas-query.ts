export interface SchemaRow {
  schemas: string[];
  extensions: { name: string; schema: string }[];
}

/**
 * One row: every non-system schema (pg_*, information_schema and PGlite's internal schemas
 * excluded) and every installed extension but PostgreSQL's own plpgsql, with its schema.
 */
export const SCHEMAS_SQL = `
select
  to_json(array(
    select n.nspname::text from pg_namespace n
    where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema')) as schemas,
  to_json(array(
    select json_build_object('name', e.extname::text, 'schema', n.nspname::text)
    from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname <> 'plpgsql')) as extensions`;
