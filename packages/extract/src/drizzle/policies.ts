import type { Policy, PolicyCommand } from '@retort/schema';
import { compareText, truncateIdentifier } from '@retort/schema';
import type { DrizzleRuntime } from './drizzle-runtime';
import { renderSql, type DrizzleCasing } from './sql-render';

/** The fields of drizzle's PgPolicy the mapping reads (`_linkedTable` is set by `.link(table)`). */
export interface DrizzlePolicy {
  name: string;
  as?: 'permissive' | 'restrictive';
  for?: PolicyCommand;
  to?: unknown;
  using?: unknown;
  withCheck?: unknown;
  _linkedTable?: unknown;
}

/** `to` as drizzle-kit reads it: a string, a pgRole, or a list of them; PUBLIC when absent. */
function roles(rt: DrizzleRuntime, to: unknown): string[] {
  if (to === undefined || to === null) return ['public'];
  const list = Array.isArray(to) ? to : [to];
  const names = list.map((r) =>
    rt.orm.is(r, rt.pg.PgRole) ? (r as { name: string }).name : String(r),
  );
  // PostgreSQL ignores the other roles of a list that names PUBLIC
  if (names.includes('public')) return ['public'];
  return [...new Set(names)].sort(compareText);
}

/** One pgPolicy → a model Policy (expressions still as drizzle rendered them). */
export function mapPolicy(
  policy: DrizzlePolicy,
  rt: DrizzleRuntime,
  casing: DrizzleCasing,
): Policy {
  const sql = (chunk: unknown) =>
    chunk === undefined || chunk === null ? null : renderSql(rt, casing, chunk);
  return {
    name: truncateIdentifier(policy.name),
    as: policy.as ?? 'permissive',
    for: policy.for ?? 'all',
    to: roles(rt, policy.to),
    using: sql(policy.using),
    withCheck: sql(policy.withCheck),
  };
}
