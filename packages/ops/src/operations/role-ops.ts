/** Role attributes; absent fields take PostgreSQL's defaults (NOCREATEDB, NOCREATEROLE, INHERIT). */
export interface RoleOptions {
  createDb?: boolean;
  createRole?: boolean;
  inherit?: boolean;
}

export interface CreateRoleOp extends RoleOptions {
  kind: 'createRole';
  name: string;
}

export interface AlterRoleOp extends RoleOptions {
  kind: 'alterRole';
  name: string;
  /** The previous values of the changed attributes, so that the change can be reversed. */
  existing?: RoleOptions;
}

export interface DropRoleOp {
  kind: 'dropRole';
  name: string;
  /** The dropped role's attributes, so that the drop can be reversed. */
  definition?: RoleOptions;
}
