import { TABLE_SCOPE } from './scope';

export interface PolicyRow {
  table_oid: string;
  name: string;
  permissive: boolean;
  /** polcmd: r select, a insert, w update, d delete, * all. */
  command: string;
  roles: string[];
  using: string | null;
  with_check: string | null;
}

/** Row-level security policies of every table in scope (role 0 is PUBLIC). */
export const POLICIES_SQL = `
select p.polrelid::text as table_oid, p.polname::text as name, p.polpermissive as permissive,
  p.polcmd::text as command,
  to_json(array(select case when r = 0 then 'public' else pg_get_userbyid(r)::text end
    from unnest(p.polroles) r)) as roles,
  pg_get_expr(p.polqual, p.polrelid) as using, pg_get_expr(p.polwithcheck, p.polrelid) as with_check
from pg_policy p
join pg_class c on c.oid = p.polrelid
where ${TABLE_SCOPE}`;
