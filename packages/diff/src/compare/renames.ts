import { normalizeModel } from '@retort/schema';
import { applyColumnRename, applyTableRename } from '../renames/apply-renames';
import { tableTarget } from '../to-ops/names';
import type { ColumnRename, TableRename } from '../types';
import type { DiffContext } from './context';

export function compareTableRenames(ctx: DiffContext, renames: readonly TableRename[]): void {
  for (const { from, to } of renames) {
    ctx.plan.add('renames', {
      kind: 'renameTable',
      ...tableTarget(from.schema, from.name),
      newName: to.name,
    });
    applyTableRename(ctx.working, from, to.name);
  }
  ctx.working = normalizeModel(ctx.working);
}

export function compareColumnRenames(ctx: DiffContext, renames: readonly ColumnRename[]): void {
  for (const { table, from, to } of renames) {
    ctx.plan.add('renames', {
      kind: 'alterColumn',
      ...tableTarget(table.schema, table.name),
      column: from,
      newName: to,
    });
    applyColumnRename(ctx.working, table, from, to);
  }
}
