import { compareText, type View } from '@retort/schema';
import { createIndexOp, dropIndexOp } from '../to-ops/index-op';
import { createViewOps, dropViewOps, replaceViewOp } from '../to-ops/view-op';
import { qualifiedKey, same, type DiffContext } from './context';

/**
 * CREATE OR REPLACE keeps the old output columns, in order, with their types; it may add more,
 * but the reverse could not take them away again: in place only when the columns stay the same.
 */
function canReplace(c: View, t: View): boolean {
  if (c.materialized || c.columns.length === 0) return false;
  return t.columns.length === c.columns.length && c.columns.every((col, i) => t.columns[i] === col);
}

/** Whether anything but the query differs (a change CREATE OR REPLACE does not make). */
function reshaped(c: View, t: View): boolean {
  return c.materialized !== t.materialized || !same(c.with, t.with) || c.using !== t.using;
}

/** `views` ordered so that each comes after the views it reads (by name otherwise). */
function dependenciesFirst(views: readonly View[]): View[] {
  const byKey = new Map(views.map((v) => [qualifiedKey(v), v]));
  const done = new Set<string>();
  const out: View[] = [];
  const visit = (v: View, path: Set<string>) => {
    const k = qualifiedKey(v);
    if (done.has(k) || path.has(k)) return;
    path.add(k);
    for (const d of v.dependsOn) {
      const dep = byKey.get(qualifiedKey(d));
      if (dep !== undefined) visit(dep, path);
    }
    done.add(k);
    out.push(v);
  };
  const sorted = [...views].sort((a, b) => compareText(qualifiedKey(a), qualifiedKey(b)));
  for (const v of sorted) visit(v, new Set());
  return out;
}

/**
 * Views and materialized views, matched by qualified name. A view is dropped (before anything
 * else changes) and created again (after everything else) when it leaves the model, when its
 * kind or options change, when its query changes in a way CREATE OR REPLACE cannot say, when a
 * table or column it reads changes under it (`underChange`), or when a view it reads is dropped.
 * A plain view whose query alone changes compatibly is replaced in place.
 */
export function compareViews(ctx: DiffContext, underChange: ReadonlySet<string>): void {
  const { plan } = ctx;
  const current = new Map(ctx.working.views.map((v) => [qualifiedKey(v), v]));
  const wanted = new Map(ctx.target.views.map((v) => [qualifiedKey(v), v]));
  const drop = new Set<string>();
  const replace = new Set<string>();
  for (const [k, c] of current) {
    const t = wanted.get(k);
    if (t === undefined || underChange.has(k) || reshaped(c, t)) drop.add(k);
    else if (c.definition !== t.definition) (canReplace(c, t) ? replace : drop).add(k);
  }
  // PostgreSQL refuses to drop a view another view reads: the readers go (and come back) too
  for (let grew = true; grew;) {
    grew = false;
    for (const [k, c] of current) {
      if (drop.has(k) || !c.dependsOn.some((d) => drop.has(qualifiedKey(d)))) continue;
      drop.add(k);
      replace.delete(k);
      grew = true;
    }
  }
  const dropped = dependenciesFirst([...drop].map((k) => current.get(k)!)).reverse();
  for (const c of dropped) for (const op of dropViewOps(c)) plan.add('dropViews', op);
  for (const [k, t] of wanted) {
    const c = current.get(k);
    if (c === undefined || drop.has(k)) continue;
    compareViewIndexes(ctx, c, t);
  }
  const created = [...wanted.values()].filter((t) => {
    const k = qualifiedKey(t);
    return !current.has(k) || drop.has(k) || replace.has(k);
  });
  for (const t of dependenciesFirst(created)) {
    const k = qualifiedKey(t);
    if (replace.has(k)) plan.add('createViews', replaceViewOp(current.get(k)!, t));
    else for (const op of createViewOps(t)) plan.add('createViews', op);
  }
}

/** The indexes of a materialized view that stays, matched by name. */
function compareViewIndexes(ctx: DiffContext, c: View, t: View): void {
  const have = new Map(c.indexes.map((i) => [i.name, i]));
  const want = new Map(t.indexes.map((i) => [i.name, i]));
  for (const [name, i] of have) {
    const next = want.get(name);
    if (next === undefined || !same(i, next))
      ctx.plan.add('dropIndexes', dropIndexOp(c.schema, c.name, i));
  }
  for (const [name, i] of want) {
    const prev = have.get(name);
    if (prev === undefined || !same(prev, i))
      ctx.plan.add('createIndexes', createIndexOp(t.schema, t.name, i));
  }
}
