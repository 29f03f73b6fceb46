/**
 * The relations every query looks at: ordinary and partitioned tables (not partitions) in the
 * schemas passed as `$1` (text[]). `c` must be the table's pg_class alias.
 */
export const TABLE_SCOPE = `c.relkind in ('r', 'p') and not c.relispartition
  and c.relnamespace in (select oid from pg_namespace where nspname = any($1::text[]))`;

/** A qualified, quoted name for an object in `ns`, bare for pg_catalog (collations, opclasses). */
export function catalogName(ns: string, name: string): string {
  return `case when ${ns}.nspname = 'pg_catalog' then ${name}::text else quote_ident(${ns}.nspname) || '.' || quote_ident(${name}) end`;
}
