import { TABLE_SCOPE } from './scope';

export interface ConstraintRow {
  table_oid: string;
  name: string;
  type: 'p' | 'u' | 'f' | 'c' | 'x';
  columns: string[];
  ref_schema: string | null;
  ref_table: string | null;
  ref_columns: string[];
  on_update: string;
  on_delete: string;
  match: string;
  deferrable: boolean;
  deferred: boolean;
  expression: string | null;
  nulls_not_distinct: boolean;
}

const attnames = (keys: string, rel: string) => `to_json(array(
    select a.attname::text from unnest(${keys}) with ordinality k(n, i)
    join pg_attribute a on a.attrelid = ${rel} and a.attnum = k.n order by k.i))`;

/** Primary keys, uniques, foreign keys, checks and exclusion constraints of every table in scope, in one pass. */
export const CONSTRAINTS_SQL = `
select con.conrelid::text as table_oid, con.conname::text as name, con.contype::text as type,
  ${attnames('con.conkey', 'con.conrelid')} as columns,
  rn.nspname::text as ref_schema, rc.relname::text as ref_table,
  ${attnames('con.confkey', 'con.confrelid')} as ref_columns,
  con.confupdtype::text as on_update, con.confdeltype::text as on_delete, con.confmatchtype::text as match,
  con.condeferrable as deferrable, con.condeferred as deferred,
  case when con.contype = 'c' then pg_get_expr(con.conbin, con.conrelid)
    when con.contype = 'x' then pg_get_constraintdef(con.oid) end as expression,
  coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) as nulls_not_distinct
from pg_constraint con
join pg_class c on c.oid = con.conrelid
left join pg_class rc on rc.oid = con.confrelid
left join pg_namespace rn on rn.oid = rc.relnamespace
left join pg_index i on i.indexrelid = con.conindid and con.contype = 'u'
where con.contype in ('p', 'u', 'f', 'c', 'x') and ${TABLE_SCOPE}`;
