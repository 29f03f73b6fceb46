import { catalogName } from './scope';
import { ELEMENT_TYPE } from './columns-query';

export interface EnumRow {
  schema: string;
  name: string;
  values: string[];
}

export const ENUMS_SQL = `
select n.nspname::text as schema, t.typname::text as name,
  to_json(array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder)) as values
from pg_type t join pg_namespace n on n.oid = t.typnamespace
where t.typtype = 'e' and n.nspname = any($1::text[])`;

export interface DomainRow {
  schema: string;
  name: string;
  formatted: string;
  type_schema: string;
  q_type_schema: string;
  q_type_name: string;
  not_null: boolean;
  default: string | null;
  collation: string | null;
  checks: { name: string; expression: string }[];
}

export const DOMAINS_SQL = `
select n.nspname::text as schema, t.typname::text as name,
  format_type(t.typbasetype, t.typtypmod) as formatted,
  tn.nspname::text as type_schema, quote_ident(tn.nspname) as q_type_schema, quote_ident(bt.typname) as q_type_name,
  t.typnotnull as not_null, pg_get_expr(t.typdefaultbin, 0) as "default",
  case when t.typcollation <> 0 and t.typcollation <> b.typcollation then ${catalogName('cn', 'co.collname')} end as collation,
  to_json(array(
    select json_build_object('name', con.conname::text, 'expression', pg_get_expr(con.conbin, 0))
    from pg_constraint con where con.contypid = t.oid and con.contype = 'c')) as checks
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
join pg_type b on b.oid = t.typbasetype
join pg_type bt on bt.oid = ${ELEMENT_TYPE('b')}
join pg_namespace tn on tn.oid = bt.typnamespace
left join pg_collation co on co.oid = t.typcollation
left join pg_namespace cn on cn.oid = co.collnamespace
where t.typtype = 'd' and n.nspname = any($1::text[])`;
