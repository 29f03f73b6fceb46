import type { Policy, Table } from '@retort/schema';
import { constraintLockHazard } from '../hazards/locking';
import { dropConstraintOf } from '../to-ops/constraint-ops';
import {
  alterPolicyOp,
  createExclusionOp,
  createPolicyOp,
  dropPolicyOp,
  setRowLevelSecurityOp,
} from '../to-ops/policy-ops';
import { displayName, same, type DiffContext } from './context';
import { mustReplace } from './replaced-columns';

/**
 * Exclusion constraints, row-level security and policies of a table present on both sides:
 * exclusions and policies matched by name (a policy altered in place where ALTER POLICY can
 * say the change, else dropped and re-created; also re-created around a type change of a column
 * it reads); drops run before columns change, creates after.
 */
export function compareTableObjects(ctx: DiffContext, c: Table, t: Table): void {
  const { plan } = ctx;
  const have = new Map(c.exclusions.map((x) => [x.name, x]));
  const want = new Map(t.exclusions.map((x) => [x.name, x]));
  for (const [name, x] of have) {
    const next = want.get(name);
    if (next === undefined || !same(x, next))
      plan.add('dropConstraints', dropConstraintOf(createExclusionOp(c.schema, c.name, x)));
  }
  for (const [name, x] of want) {
    const prev = have.get(name);
    if (prev !== undefined && same(prev, x)) continue;
    const hazard = constraintLockHazard(displayName(t.schema, t.name), name, 'exclusion');
    plan.add('createConstraints', createExclusionOp(t.schema, t.name, x), [hazard]);
  }
  if (c.rowLevelSecurity !== t.rowLevelSecurity)
    plan.add('alterTables', setRowLevelSecurityOp(t.schema, t.name, t.rowLevelSecurity));
  const policies = new Map(t.policies.map((p) => [p.name, p]));
  const rebuilt = new Set(c.policies.filter((p) => readsRetypedColumn(p, c, t)).map((p) => p.name));
  for (const p of c.policies) {
    const next = policies.get(p.name);
    if (rebuilt.has(p.name)) {
      plan.add('dropConstraints', dropPolicyOp(c.schema, c.name, p));
      continue;
    }
    if (next !== undefined && same(p, next)) continue;
    const alter = next === undefined ? null : alterPolicyOp(t.schema, t.name, p, next);
    if (alter !== null) plan.add('createConstraints', alter);
    else plan.add('dropConstraints', dropPolicyOp(c.schema, c.name, p));
  }
  const existing = new Map(c.policies.map((p) => [p.name, p]));
  for (const p of t.policies) {
    const prev = existing.get(p.name);
    if (rebuilt.has(p.name)) {
      plan.add('createConstraints', createPolicyOp(t.schema, t.name, p));
      continue;
    }
    if (prev !== undefined && (same(prev, p) || alterPolicyOp(t.schema, t.name, prev, p) !== null))
      continue;
    plan.add('createConstraints', createPolicyOp(t.schema, t.name, p));
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names the column: quoted (`"Name"`), or bare when it is a plain lower-case name. */
function mentions(text: string, column: string): boolean {
  const quoted = escapeRegExp(`"${column.replace(/"/g, '""')}"`);
  const bare = /^[a-z_][a-z0-9_]*$/.test(column) ? `|(?<![\\w$"])${column}(?![\\w$"])` : '';
  return new RegExp(`${quoted}${bare}`).test(text);
}

/**
 * Whether a policy's expressions name a column that is dropped, replaced or changes type
 * (PostgreSQL refuses while the policy uses it): the policy is dropped before and re-created after.
 */
function readsRetypedColumn(p: Policy, c: Table, t: Table): boolean {
  const text = `${p.using ?? ''} ${p.withCheck ?? ''}`;
  return c.columns.some((col) => {
    const next = t.columns.find((x) => x.name === col.name);
    const kept =
      next !== undefined &&
      next.type === col.type &&
      next.collation === col.collation &&
      !mustReplace(col, next);
    return !kept && mentions(text, col.name);
  });
}

/** A created table's exclusions, row-level security and policies, after the table. */
export function createTableObjects(ctx: DiffContext, t: Table): void {
  for (const x of t.exclusions)
    ctx.plan.add('createConstraints', createExclusionOp(t.schema, t.name, x));
  if (t.rowLevelSecurity)
    ctx.plan.add('alterTables', setRowLevelSecurityOp(t.schema, t.name, true));
  for (const p of t.policies)
    ctx.plan.add('createConstraints', createPolicyOp(t.schema, t.name, p));
}

/** A dropped table's policies, row-level security and exclusions, dropped first so the downgrade rebuilds them. */
export function dropTableObjects(ctx: DiffContext, c: Table): void {
  for (const p of c.policies) ctx.plan.add('dropConstraints', dropPolicyOp(c.schema, c.name, p));
  if (c.rowLevelSecurity)
    ctx.plan.add('dropConstraints', setRowLevelSecurityOp(c.schema, c.name, false));
  for (const x of c.exclusions)
    ctx.plan.add('dropConstraints', dropConstraintOf(createExclusionOp(c.schema, c.name, x)));
}
