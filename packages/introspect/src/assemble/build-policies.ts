import type { Policy, PolicyCommand, Role } from '@retort/schema';
import { compareText } from '@retort/schema';
import type { PolicyRow } from '../queries/policies-query';
import type { RoleRow } from '../queries/roles-query';

const COMMANDS: Record<string, PolicyCommand> = {
  r: 'select',
  a: 'insert',
  w: 'update',
  d: 'delete',
  '*': 'all',
};

export function buildPolicies(rows: readonly PolicyRow[]): Policy[] {
  return rows
    .map((row) => ({
      name: row.name,
      as: row.permissive ? ('permissive' as const) : ('restrictive' as const),
      for: COMMANDS[row.command] ?? 'all',
      // CURRENT_USER and SESSION_USER may name the same role: PostgreSQL then lists it twice
      to: [...new Set(row.roles)].sort(compareText),
      using: row.using,
      withCheck: row.with_check,
    }))
    .sort((a, b) => compareText(a.name, b.name));
}

export function buildRole(row: RoleRow): Role {
  return {
    name: row.name,
    createDb: row.create_db,
    createRole: row.create_role,
    inherit: row.inherit,
  };
}
