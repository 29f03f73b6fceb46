import { TABLE_SCOPE } from './scope';

export interface TableRow {
  oid: string;
  schema: string;
  name: string;
  comment: string | null;
  row_security: boolean;
  /** pg_class.reltuples: the planner's row estimate, -1 before the first ANALYZE/VACUUM. */
  approx_rows: number;
  /** pg_total_relation_size: heap, indexes and TOAST, in bytes. */
  total_bytes: number;
}

export const TABLES_SQL = `
select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name, d.description as comment,
  c.relrowsecurity as row_security, c.reltuples::float8 as approx_rows,
  pg_total_relation_size(c.oid)::float8 as total_bytes
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
where ${TABLE_SCOPE}`;
