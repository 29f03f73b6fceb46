import { catalogName, TABLE_SCOPE } from './scope';

export interface IndexRow {
  table_oid: string;
  name: string;
  unique: boolean;
  method: string;
  key_count: number;
  /** Per index column (keys then INCLUDE): the column name, or null for an expression. */
  columns: (string | null)[];
  /** Per index column: pg_get_indexdef(index, k) — the expression text for expression keys. */
  defs: string[];
  /** Per key column: indoption bits (1 = DESC, 2 = NULLS FIRST). */
  options: number[];
  /** Per key column: the operator class when not the default, else null. */
  opclasses: (string | null)[];
  /** Per key column: the collation when not the key's own, else null. */
  collations: (string | null)[];
  predicate: string | null;
  nulls_not_distinct: boolean;
  /** pg_class.reloptions of the index (`fillfactor=70`), or null. */
  reloptions: string[] | null;
  /** false for an index a failed CREATE INDEX CONCURRENTLY left behind. */
  valid: boolean;
}

/** As canonicalOpclass spells it: bare in pg_catalog and public (the default search_path). */
const opclassName = `case when ocn.nspname in ('pg_catalog', 'public') then quote_ident(oc.opcname)
  else quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) end`;

/** Every index in scope (tables and materialized views) except those that implement a primary key, unique or exclusion constraint. */
export const INDEXES_SQL = `
select i.indrelid::text as table_oid, ic.relname::text as name, i.indisunique as unique, am.amname::text as method,
  i.indnkeyatts::int as key_count,
  to_json(array(
    select a.attname::text from unnest(i.indkey::int2[]) with ordinality k(n, ord)
    left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.n and k.n > 0 order by k.ord)) as columns,
  to_json(array(select pg_get_indexdef(i.indexrelid, k, false) from generate_series(1, i.indnatts) k order by k)) as defs,
  to_json(i.indoption::int2[]) as options,
  to_json(array(
    select case when oc.opcdefault then null else ${opclassName} end
    from unnest(i.indclass::oid[]) with ordinality k(o, ord)
    join pg_opclass oc on oc.oid = k.o join pg_namespace ocn on ocn.oid = oc.opcnamespace order by k.ord)) as opclasses,
  to_json(array(
    select case when k.o = 0 or k.o = coalesce(a.attcollation, 100) then null else ${catalogName('cn', 'co.collname')} end
    from unnest(i.indcollation::oid[]) with ordinality k(o, ord)
    left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = (i.indkey::int2[])[k.ord - 1] and a.attnum > 0
    left join pg_collation co on co.oid = k.o left join pg_namespace cn on cn.oid = co.collnamespace order by k.ord)) as collations,
  pg_get_expr(i.indpred, i.indrelid) as predicate,
  coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) as nulls_not_distinct,
  to_json(ic.reloptions) as reloptions, i.indisvalid as valid
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_class c on c.oid = i.indrelid
join pg_am am on am.oid = ic.relam
where (${TABLE_SCOPE} or (c.relkind = 'm' and c.relnamespace in (select oid from pg_namespace where nspname = any($1::text[]))))
  and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid and con.contype in ('p', 'u', 'x'))`;
