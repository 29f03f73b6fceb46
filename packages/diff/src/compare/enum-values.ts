import type { AddEnumValueOp } from '@retort/ops';
import type { Enum } from '@retort/schema';
import { objectTarget } from '../to-ops/names';

/** True when `target` only inserts labels into `current` (ALTER TYPE … ADD VALUE suffices). */
export function onlyAddsValues(current: readonly string[], target: readonly string[]): boolean {
  const kept = target.filter((v) => current.includes(v));
  return kept.length === current.length && kept.every((v, i) => v === current[i]);
}

/**
 * One ADD VALUE per new label, in target order, each placed AFTER the label before it (or
 * BEFORE the first existing label when it comes first), so the final order is the target's.
 */
export function addEnumValueOps(current: Enum, target: readonly string[]): AddEnumValueOp[] {
  const ops: AddEnumValueOp[] = [];
  target.forEach((value, i) => {
    if (current.values.includes(value)) return;
    const op: AddEnumValueOp = {
      kind: 'addEnumValue',
      ...objectTarget(current.schema, current.name),
      value,
    };
    if (i > 0) op.after = target[i - 1]!;
    else if (current.values.length > 0) op.before = current.values[0]!;
    ops.push(op);
  });
  return ops;
}
