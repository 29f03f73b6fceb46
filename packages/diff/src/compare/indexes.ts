import type { Table } from '@retort/schema';
import { indexLockHazard } from '../hazards/locking';
import { createIndexOp, dropIndexOp } from '../to-ops/index-op';
import { displayName, same, type DiffContext } from './context';

/** Indexes matched by name: gone or changed ones dropped, new or changed ones created. */
export function compareIndexes(ctx: DiffContext, c: Table, t: Table): void {
  const have = new Map(c.indexes.map((i) => [i.name, i]));
  const want = new Map(t.indexes.map((i) => [i.name, i]));
  for (const [name, index] of have) {
    const next = want.get(name);
    if (next === undefined || !same(index, next))
      ctx.plan.add('dropIndexes', dropIndexOp(c.schema, c.name, index));
  }
  for (const [name, index] of want) {
    const prev = have.get(name);
    if (prev !== undefined && same(prev, index)) continue;
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
