export interface SequenceRow {
  schema: string;
  name: string;
  type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  /** 'a' (OWNED BY, serial), 'i' (identity) or null (free-standing). */
  owner_kind: 'a' | 'i' | null;
  owner_oid: string | null;
  owner_column: string | null;
}

export const SEQUENCES_SQL = `
select n.nspname::text as schema, c.relname::text as name, format_type(s.seqtypid, null) as type,
  s.seqstart::text as start, s.seqincrement::text as increment, s.seqmin::text as min, s.seqmax::text as max,
  s.seqcache::text as cache, s.seqcycle as cycle,
  d.deptype::text as owner_kind, d.refobjid::text as owner_oid, a.attname::text as owner_column
from pg_sequence s
join pg_class c on c.oid = s.seqrelid
join pg_namespace n on n.oid = c.relnamespace
left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.seqrelid
  and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0 and d.deptype in ('a', 'i')
left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
where n.nspname = any($1::text[])`;
