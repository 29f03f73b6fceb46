import type { Role } from '@retort/schema';

/** The fields of drizzle's PgRole the mapping reads (`_existing` is set by `.existing()`). */
export interface DrizzleRole {
  name: string;
  createDb?: boolean;
  createRole?: boolean;
  inherit?: boolean;
  _existing?: boolean;
}

/** One pgRole → a model Role, PostgreSQL's defaults filled in (as drizzle-kit creates it). */
export function mapRole(role: DrizzleRole): Role {
  return {
    name: role.name,
    createDb: role.createDb ?? false,
    createRole: role.createRole ?? false,
    inherit: role.inherit ?? true,
  };
}
