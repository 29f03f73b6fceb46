import { normalizeModel } from '@retort/schema';
import { renameDependents } from '../renames/dependent-renames';
import type { DiffContext } from './context';

/** Indexes, constraints and sequences whose name alone changed are renamed in place. */
export function compareDependents(ctx: DiffContext): void {
  renameDependents(ctx.plan, ctx.working, ctx.target);
  ctx.working = normalizeModel(ctx.working);
}
