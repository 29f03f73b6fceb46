import type {
  AlterPolicyOp,
  CreateExclusionConstraintOp,
  CreatePolicyOp,
  DropPolicyOp,
  PolicyChanges,
  SetRowLevelSecurityOp,
} from '@retort/ops';
import { reverseOp } from '@retort/ops';
import type { ExclusionConstraint, Policy } from '@retort/schema';
import { tableTarget } from './names';

export function createExclusionOp(
  schema: string,
  table: string,
  x: ExclusionConstraint,
): CreateExclusionConstraintOp {
  const op: CreateExclusionConstraintOp = {
    kind: 'createExclusionConstraint',
    name: x.name,
    ...tableTarget(schema, table),
    expression: x.expression,
  };
  if (x.deferrable) op.deferrable = true;
  if (x.initiallyDeferred) op.initiallyDeferred = true;
  return op;
}

export function setRowLevelSecurityOp(
  schema: string,
  table: string,
  enabled: boolean,
): SetRowLevelSecurityOp {
  return { kind: 'setRowLevelSecurity', ...tableTarget(schema, table), enabled };
}

/** A policy's clauses, PostgreSQL's defaults (PERMISSIVE, FOR ALL, TO PUBLIC) left out. */
function clauses(p: Policy): Omit<CreatePolicyOp, 'kind' | 'name' | 'table' | 'schema'> {
  const out: Omit<CreatePolicyOp, 'kind' | 'name' | 'table' | 'schema'> = {};
  if (p.as !== 'permissive') out.as = p.as;
  if (p.for !== 'all') out.for = p.for;
  if (!(p.to.length === 1 && p.to[0] === 'public')) out.to = [...p.to];
  if (p.using !== null) out.using = p.using;
  if (p.withCheck !== null) out.withCheck = p.withCheck;
  return out;
}

export function createPolicyOp(schema: string, table: string, p: Policy): CreatePolicyOp {
  return { kind: 'createPolicy', name: p.name, ...tableTarget(schema, table), ...clauses(p) };
}

export function dropPolicyOp(schema: string, table: string, p: Policy): DropPolicyOp {
  return reverseOp(createPolicyOp(schema, table, p)) as DropPolicyOp;
}

/**
 * ALTER POLICY when it can say the change: same `as` and `for`, and USING / WITH CHECK neither
 * added nor removed (ALTER POLICY cannot remove a clause, so it could not be reversed); else null.
 */
export function alterPolicyOp(
  schema: string,
  table: string,
  from: Policy,
  to: Policy,
): AlterPolicyOp | null {
  if (from.as !== to.as || from.for !== to.for) return null;
  if ((from.using === null) !== (to.using === null)) return null;
  if ((from.withCheck === null) !== (to.withCheck === null)) return null;
  const changes: PolicyChanges = {};
  const existing: PolicyChanges = {};
  if (from.to.join('\0') !== to.to.join('\0')) {
    changes.to = [...to.to];
    existing.to = [...from.to];
  }
  if (from.using !== to.using) {
    changes.using = to.using!;
    existing.using = from.using!;
  }
  if (from.withCheck !== to.withCheck) {
    changes.withCheck = to.withCheck!;
    existing.withCheck = from.withCheck!;
  }
  return {
    kind: 'alterPolicy',
    name: to.name,
    ...tableTarget(schema, table),
    ...changes,
    existing,
  };
}
