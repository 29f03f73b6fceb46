import type { Operation, OperationKind, OperationOf } from '@retort/ops';
import type { TableRef } from '../finding';
import type { RuleId } from './rule-catalog';
import type { LintState } from './table-state';

/** A finding before severity, line and size are attached. */
export interface Draft {
  rule: RuleId;
  message: string;
  hint: string;
  table?: TableRef;
}

export type Check<K extends OperationKind> = (op: OperationOf<K>, state: LintState) => Draft[];

/** The rules of some operation kinds; kinds without rules are left out. */
export type Checks = { [K in OperationKind]?: Check<K> };

export function runChecks(checks: Checks, op: Operation, state: LintState): Draft[] {
  const check = checks[op.kind] as Check<OperationKind> | undefined;
  return check ? check(op as never, state) : [];
}
