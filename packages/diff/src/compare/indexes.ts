import type { Index, Table } from '@retort/schema';
import { indexLockHazard, invalidIndexHazard } from '../hazards/locking';
import { createIndexOp, dropIndexOp } from '../to-ops/index-op';
import { displayName, same, type DiffContext } from './context';
import { touchesReplaced } from './replaced-columns';

/**
 * Indexes matched by name: gone or changed ones dropped, new or changed ones created; an index
 * on a column that is dropped and added again (`replaced`) is dropped and created too.
 */
export function compareIndexes(
  ctx: DiffContext,
  c: Table,
  t: Table,
  replaced: ReadonlySet<string>,
): void {
  const have = new Map(c.indexes.map((i) => [i.name, i]));
  const want = new Map(t.indexes.map((i) => [i.name, i]));
  const forced = (i: Index) =>
    touchesReplaced(replaced, c, [...i.keys.map((k) => k.column), ...i.include]);
  for (const [name, index] of have) {
    const next = want.get(name);
    if (index.invalid === true) {
      // left by a failed concurrent build: never the model's index; the downgrade keeps it gone
      const hazard = invalidIndexHazard(displayName(c.schema, c.name), name);
      ctx.plan.add('dropIndexes', dropIndexOp(c.schema, c.name, index), [hazard], []);
    } else if (next === undefined || !same(index, next) || forced(index))
      ctx.plan.add('dropIndexes', dropIndexOp(c.schema, c.name, index));
  }
  for (const [name, index] of want) {
    const prev = have.get(name);
    if (prev !== undefined && prev.invalid !== true && same(prev, index) && !forced(prev)) continue;
    ctx.plan.add('createIndexes', createIndexOp(t.schema, t.name, index), [
      indexLockHazard(displayName(t.schema, t.name), name),
    ]);
  }
}

export function createIndexes(ctx: DiffContext, t: Table): void {
  for (const index of t.indexes)
    ctx.plan.add('createIndexes', createIndexOp(t.schema, t.name, index));
}

export function dropIndexes(ctx: DiffContext, c: Table): void {
  for (const index of c.indexes) ctx.plan.add('dropIndexes', dropIndexOp(c.schema, c.name, index));
}
