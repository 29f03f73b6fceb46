export interface RoleRow {
  name: string;
  create_db: boolean;
  create_role: boolean;
  inherit: boolean;
}

/** The roles named in `$1` (text[]): roles are cluster-wide, so only the ones asked for are read. */
export const ROLES_SQL = `
select rolname::text as name, rolcreatedb as create_db, rolcreaterole as create_role, rolinherit as inherit
from pg_roles where rolname = any($1::text[])`;
