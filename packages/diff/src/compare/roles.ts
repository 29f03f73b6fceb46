import type { RoleOptions } from '@retort/ops';
import type { Role } from '@retort/schema';
import type { DiffContext } from './context';

const ATTRIBUTES = ['createDb', 'createRole', 'inherit'] as const;

/** A role's attributes, PostgreSQL's defaults (NOCREATEDB, NOCREATEROLE, INHERIT) left out. */
function options(r: Role): RoleOptions {
  const out: RoleOptions = {};
  if (r.createDb) out.createDb = true;
  if (r.createRole) out.createRole = true;
  if (!r.inherit) out.inherit = false;
  return out;
}

/**
 * Roles are cluster-wide and often the DBA's: only roles the target declares are compared,
 * created when missing and altered when their attributes differ. A role the target does not
 * declare is never dropped. Roles come before the policies that name them.
 */
export function compareRoles(ctx: DiffContext): void {
  const have = new Map(ctx.working.roles.map((r) => [r.name, r]));
  for (const role of ctx.target.roles) {
    const prev = have.get(role.name);
    if (prev === undefined) {
      ctx.plan.add('createTypes', { kind: 'createRole', name: role.name, ...options(role) });
      continue;
    }
    const changes: RoleOptions = {};
    const existing: RoleOptions = {};
    for (const key of ATTRIBUTES) {
      if (prev[key] === role[key]) continue;
      changes[key] = role[key];
      existing[key] = prev[key];
    }
    if (Object.keys(changes).length > 0)
      ctx.plan.add('createTypes', { kind: 'alterRole', name: role.name, ...changes, existing });
  }
}
