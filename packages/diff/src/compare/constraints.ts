import type { Operation } from '@retort/ops';
import type { Table } from '@retort/schema';
import { constraintLockHazard } from '../hazards/locking';
import type { Phase } from '../order/phases';
import {
  createCheckOp,
  createForeignKeyOp,
  createPrimaryKeyOp,
  createUniqueOp,
  dropConstraintOf,
} from '../to-ops/constraint-ops';
import { displayName, same, type DiffContext } from './context';
import { touchesReplaced } from './replaced-columns';

type LockKind = 'foreign key' | 'check' | 'unique' | 'primary key';

interface Kind<T extends { name: string }> {
  lock: LockKind;
  drop: Phase;
  create: Phase;
  list(table: Table): T[];
  op(schema: string, table: string, item: T): Operation;
}

function kind<T extends { name: string }>(k: Kind<T>): Kind<{ name: string }> {
  return k as unknown as Kind<{ name: string }>;
}

const KINDS: Record<'primaryKey' | 'unique' | 'check' | 'foreignKey', Kind<{ name: string }>> = {
  primaryKey: kind({
    lock: 'primary key',
    drop: 'dropConstraints',
    create: 'createConstraints',
    list: (t) => (t.primaryKey === null ? [] : [t.primaryKey]),
    op: createPrimaryKeyOp,
  }),
  unique: kind({
    lock: 'unique',
    drop: 'dropConstraints',
    create: 'createConstraints',
    list: (t) => t.uniques,
    op: createUniqueOp,
  }),
  check: kind({
    lock: 'check',
    drop: 'dropConstraints',
    create: 'createConstraints',
    list: (t) => t.checks,
    op: createCheckOp,
  }),
  foreignKey: kind({
    lock: 'foreign key',
    drop: 'dropForeignKeys',
    create: 'createForeignKeys',
    list: (t) => t.foreignKeys,
    op: createForeignKeyOp,
  }),
};

/**
 * Constraints of a table present on both sides, matched by name: gone or changed ones are
 * dropped (carrying their definition), new or changed ones created. `rebuild` forces a drop and
 * re-create of unchanged foreign keys whose referenced key is rebuilt or whose columns change type.
 */
export function compareConstraints(
  ctx: DiffContext,
  c: Table,
  t: Table,
  rebuild: (fk: Table['foreignKeys'][number], owner: Table) => boolean,
  replaced: ReadonlySet<string>,
): void {
  for (const [kindName, kind] of Object.entries(KINDS)) {
    const have = new Map(kind.list(c).map((x) => [x.name, x]));
    const want = new Map(kind.list(t).map((x) => [x.name, x]));
    // a key on a column that is dropped and added again goes with it, and comes back after
    const forced = (x: { name: string }) =>
      kindName === 'foreignKey'
        ? rebuild(x as Table['foreignKeys'][number], c)
        : 'columns' in x && touchesReplaced(replaced, c, x.columns as string[]);
    for (const [name, x] of have) {
      const next = want.get(name);
      if (next === undefined || !same(x, next) || forced(x)) {
        ctx.plan.add(kind.drop, dropConstraintOf(kind.op(c.schema, c.name, x)));
      }
    }
    for (const [name, x] of want) {
      const prev = have.get(name);
      if (prev !== undefined && same(prev, x) && !forced(prev)) continue;
      const hazards = [constraintLockHazard(displayName(t.schema, t.name), name, kind.lock)];
      ctx.plan.add(kind.create, kind.op(t.schema, t.name, x), hazards);
    }
  }
}

/** Foreign keys of a table that is created or dropped: separate from the table, so cycles work. */
export function createForeignKeys(ctx: DiffContext, t: Table): void {
  for (const fk of t.foreignKeys)
    ctx.plan.add('createForeignKeys', createForeignKeyOp(t.schema, t.name, fk));
}

export function dropForeignKeys(ctx: DiffContext, c: Table): void {
  for (const fk of c.foreignKeys)
    ctx.plan.add('dropForeignKeys', dropConstraintOf(createForeignKeyOp(c.schema, c.name, fk)));
}
