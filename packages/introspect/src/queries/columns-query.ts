import { catalogName, TABLE_SCOPE } from './scope';

export interface ColumnRow {
  table_oid: string;
  num: number;
  name: string;
  /** format_type(atttypid, atttypmod) */
  formatted: string;
  /** Namespace of the type (of the element type for arrays) and its quoted name. */
  type_schema: string;
  q_type_schema: string;
  q_type_name: string;
  not_null: boolean;
  default: string | null;
  generated: string | null;
  generated_kind: string;
  identity: string;
  collation: string | null;
  comment: string | null;
}

/** An array type is a varlena with an element type (int2vector/oidvector are pg_catalog, harmless). */
export const ELEMENT_TYPE = (t: string) => `case when ${t}.typelem <> 0 and ${t}.typlen = -1 then ${t}.typelem else ${t}.oid end`;

export const COLUMNS_SQL = `
select a.attrelid::text as table_oid, a.attnum::int as num, a.attname::text as name,
  format_type(a.atttypid, a.atttypmod) as formatted,
  tn.nspname::text as type_schema, quote_ident(tn.nspname) as q_type_schema, quote_ident(bt.typname) as q_type_name,
  a.attnotnull as not_null,
  case when a.attgenerated = '' then pg_get_expr(ad.adbin, ad.adrelid) end as "default",
  case when a.attgenerated <> '' then pg_get_expr(ad.adbin, ad.adrelid) end as generated,
  a.attgenerated::text as generated_kind,
  a.attidentity::text as identity,
  case when a.attcollation <> 0 and a.attcollation <> t.typcollation then ${catalogName('cn', 'co.collname')} end as collation,
  ds.description as comment
from pg_attribute a
join pg_class c on c.oid = a.attrelid
join pg_type t on t.oid = a.atttypid
join pg_type bt on bt.oid = ${ELEMENT_TYPE('t')}
join pg_namespace tn on tn.oid = bt.typnamespace
left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
left join pg_collation co on co.oid = a.attcollation
left join pg_namespace cn on cn.oid = co.collnamespace
left join pg_description ds on ds.objoid = a.attrelid and ds.classoid = 'pg_class'::regclass and ds.objsubid = a.attnum
where a.attnum > 0 and not a.attisdropped and ${TABLE_SCOPE}`;
