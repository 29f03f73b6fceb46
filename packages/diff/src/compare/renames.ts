import { normalizeModel } from '@retort/schema';
import { applyColumnRename, applyTableRename } from '../renames/apply-renames';
import {
  applyEnumRename,
  applySchemaRename,
  applySequenceRename,
  applyTableMove,
} from '../renames/apply-moves';
import type { ResolvedRenames } from '../renames/resolve-renames';
import { moveOp, renameEnumOp, renameSequenceOp } from '../to-ops/rename-op';
import { tableTarget } from '../to-ops/names';
import type { ColumnRename, ObjectRename } from '../types';
import type { DiffContext } from './context';

/** Schema renames, then tables, enums and sequences moved (SET SCHEMA) and/or renamed. */
export function compareObjectRenames(ctx: DiffContext, renames: ResolvedRenames): void {
  const { plan, working } = ctx;
  for (const { from, to } of renames.schemas) {
    plan.add('renames', { kind: 'renameSchema', name: from, newName: to });
    applySchemaRename(working, from, to);
  }
  for (const { from, to } of renames.tables) {
    if (from.schema !== to.schema) {
      plan.add('renames', moveOp('setTableSchema', from.schema, from.name, to.schema));
      applyTableMove(working, from, to.schema);
    }
    if (from.name !== to.name) {
      plan.add('renames', {
        kind: 'renameTable',
        ...tableTarget(to.schema, from.name),
        newName: to.name,
      });
      applyTableRename(working, { schema: to.schema, name: from.name }, to.name);
    }
  }
  renameTypes(ctx, 'setEnumSchema', renames.enums, (r) => {
    plan.add('renames', renameEnumOp(r.to.schema, r.from.name, r.to.name));
  });
  renameTypes(ctx, 'setSequenceSchema', renames.sequences, (r) => {
    plan.add('renames', renameSequenceOp(r.to.schema, r.from.name, r.to.name));
  });
  for (const r of renames.enums) applyEnumRename(working, r.from, r.to);
  for (const r of renames.sequences) applySequenceRename(working, r.from, r.to);
  ctx.working = normalizeModel(working);
}

/** A move first, then the rename in the new schema. */
function renameTypes(
  ctx: DiffContext,
  move: 'setEnumSchema' | 'setSequenceSchema',
  renames: readonly ObjectRename[],
  rename: (r: ObjectRename) => void,
): void {
  for (const r of renames) {
    if (r.from.schema !== r.to.schema)
      ctx.plan.add('renames', moveOp(move, r.from.schema, r.from.name, r.to.schema));
    if (r.from.name !== r.to.name) rename(r);
  }
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
