import type { Domain } from '@retort/schema';
import type { Phase } from '../order/phases';
import type { SqlPair } from '../to-ops/domain-sql';
import {
  createDomainPair,
  domainCheckPair,
  domainDefaultPair,
  domainNotNullPair,
  dropDomainPair,
} from '../to-ops/domain-sql';
import { qualifiedKey, same, type DiffContext } from './context';

function add(ctx: DiffContext, phase: Phase, pair: SqlPair): void {
  ctx.plan.add(phase, pair.op, [], [pair.reverse]);
}

/** A new base type or collation cannot be altered in place: the domain is dropped and created. */
function replaced(c: Domain, t: Domain): boolean {
  return c.type !== t.type || c.collation !== t.collation;
}

/** Runs before the enums are compared, so that a domain goes before the enum it is based on. */
export function dropDomains(ctx: DiffContext): void {
  const want = new Map(ctx.target.domains.map((d) => [qualifiedKey(d), d]));
  for (const d of ctx.working.domains) {
    if (!want.has(qualifiedKey(d))) add(ctx, 'dropTypes', dropDomainPair(d));
  }
}

export function createAndAlterDomains(ctx: DiffContext): void {
  const have = new Map(ctx.working.domains.map((d) => [qualifiedKey(d), d]));
  for (const t of ctx.target.domains) {
    const c = have.get(qualifiedKey(t));
    if (c !== undefined && replaced(c, t)) add(ctx, 'createTypes', dropDomainPair(c));
    if (c === undefined || replaced(c, t)) {
      add(ctx, 'createTypes', createDomainPair(t));
      continue;
    }
    if (c.default !== t.default)
      add(ctx, 'createTypes', domainDefaultPair(t, c.default, t.default));
    if (c.notNull !== t.notNull) add(ctx, 'createTypes', domainNotNullPair(t, t.notNull));
    for (const check of c.checks) {
      if (!t.checks.some((x) => same(x, check)))
        add(ctx, 'createTypes', domainCheckPair(t, check, false));
    }
    for (const check of t.checks) {
      if (!c.checks.some((x) => same(x, check)))
        add(ctx, 'createTypes', domainCheckPair(t, check, true));
    }
  }
}
