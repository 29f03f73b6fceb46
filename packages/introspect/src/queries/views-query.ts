export interface ViewRow {
  oid: string;
  schema: string;
  name: string;
  materialized: boolean;
  definition: string;
  reloptions: string[] | null;
  /** Materialized views: the table access method; null for plain views. */
  method: string | null;
  populated: boolean;
  /** `name type` per output column, in order. */
  columns: string[];
  /** The relations the view's query reads (not the view itself), with the columns it uses. */
  depends: { schema: string; name: string; columns: string[] | null }[];
}

/**
 * Views and materialized views in the schemas passed as `$1` (text[]), except those an
 * extension owns; one row each, with what pg_depend says the query reads.
 */
/**
 * For the view whose oid is the SQL expression `oid`: its query as `pg_get_viewdef` prints it,
 * its output columns (`name type`, in order) and the relations it reads with the columns it
 * uses (pg_depend on its rewrite rule, the view itself left out).
 */
export function viewShapeSql(oid: string): string {
  return `pg_get_viewdef(${oid}) as definition,
  to_json(array(select a.attname::text || ' ' || format_type(a.atttypid, a.atttypmod) from pg_attribute a
    where a.attrelid = ${oid} and a.attnum > 0 and not a.attisdropped order by a.attnum)) as columns,
  to_json(array(
    select json_build_object('schema', rn.nspname::text, 'name', rc.relname::text,
      'columns', array_agg(a.attname::text order by a.attname) filter (where a.attname is not null))
    from pg_rewrite r
    join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
      and d.refclassid = 'pg_class'::regclass and d.refobjid <> ${oid}
    join pg_class rc on rc.oid = d.refobjid
    join pg_namespace rn on rn.oid = rc.relnamespace
    left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid and d.refobjsubid > 0
    where r.ev_class = ${oid}
    group by rn.nspname, rc.relname)) as depends`;
}

export const VIEWS_SQL = `
select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name,
  c.relkind = 'm' as materialized, ${viewShapeSql('c.oid')},
  to_json(c.reloptions) as reloptions, am.amname::text as method, c.relispopulated as populated
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_am am on am.oid = c.relam
where c.relkind in ('v', 'm')
  and n.nspname = any($1::text[])
  and not exists (select 1 from pg_depend e where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype = 'e')`;
