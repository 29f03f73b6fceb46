import type { Enum } from '@retort/schema';
import { objectTarget } from '../to-ops/names';
import { qualifiedKey, same, type DiffContext } from './context';
import { addEnumValueOps, onlyAddsValues } from './enum-values';
import { recreateEnum } from './enum-recreate';
import { recreateEnumOps, temporaryEnumName } from './enum-value-removal';

/**
 * Labels only added: ADD VALUE, whose downgrade recreates the type without them (the first
 * entry carries that whole reverse, the others none). Labels removed or reordered: see
 * recreateEnum. Must run before the table comparison: a recreated enum renames column types
 * in `working`.
 */
export function compareEnums(ctx: DiffContext): void {
  const { plan, working, target } = ctx;
  const wanted = new Map(target.enums.map((e) => [qualifiedKey(e), e]));
  for (const current of [...working.enums]) {
    const next = wanted.get(qualifiedKey(current));
    if (next === undefined || same(current.values, next.values)) continue;
    if (onlyAddsValues(current.values, next.values)) {
      const undo = recreateEnumOps(
        working,
        { ...current, values: [...next.values] },
        current.values,
        temporaryEnumName(current, working, target),
      );
      addEnumValueOps(current, next.values).forEach((op, i) =>
        plan.add('createTypes', op, [], i === 0 ? undo : []),
      );
      current.values = [...next.values];
    } else {
      recreateEnum(ctx, current, next);
    }
  }
  const have = new Set(working.enums.map(qualifiedKey));
  for (const e of target.enums) {
    if (!have.has(qualifiedKey(e))) plan.add('createTypes', createEnumOp(e));
  }
  for (const e of working.enums) {
    if (!wanted.has(qualifiedKey(e))) {
      plan.add('dropTypes', {
        kind: 'dropEnum',
        ...objectTarget(e.schema, e.name),
        definition: { values: [...e.values] },
      });
    }
  }
}

function createEnumOp(e: Enum) {
  return { kind: 'createEnum' as const, ...objectTarget(e.schema, e.name), values: [...e.values] };
}
