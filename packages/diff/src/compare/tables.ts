import { dropTableHazard } from '../hazards/data-loss';
import { unresolvedTableRenameHazard } from '../hazards/unresolved-rename';
import { findTable } from '../renames/apply-renames';
import { tableTarget } from '../to-ops/names';
import { createTableOp, dropTableOp } from '../to-ops/table-op';
import { compareColumns } from './columns';
import { compareConstraints, createForeignKeys, dropForeignKeys } from './constraints';
import { displayName, qualifiedKey, type DiffContext } from './context';
import { compareIndexes, createIndexes, dropIndexes } from './indexes';
import { nameIdentitySequence } from './identity-sequences';
import { rebuiltKeyReferences } from './rebuilt-keys';
import { replacedColumns } from './replaced-columns';
import { compareTableObjects, createTableObjects, dropTableObjects } from './table-objects';

/**
 * New tables are created with their keys and checks, then their indexes and foreign keys in
 * later phases; dropped tables lose their foreign keys and indexes first (each drop carrying
 * its definition, so the downgrade rebuilds all of it); the rest are compared part by part.
 */
export function compareTables(ctx: DiffContext): void {
  const { plan, working, target } = ctx;
  const replaced = replacedColumns(working, target);
  const rebuild = rebuiltKeyReferences(working, target, replaced);
  for (const c of working.tables) {
    if (findTable(target, c) !== undefined) continue;
    dropForeignKeys(ctx, c);
    dropIndexes(ctx, c);
    dropTableObjects(ctx, c);
    const hazards = [dropTableHazard(displayName(c.schema, c.name))];
    const maybe = ctx.unresolvedTables.get(qualifiedKey(c));
    if (maybe !== undefined)
      hazards.push(unresolvedTableRenameHazard(displayName(c.schema, c.name), maybe));
    plan.add('dropTables', dropTableOp(c, working.sequences), hazards);
  }
  for (const t of target.tables) {
    const c = findTable(working, t);
    if (c === undefined) {
      plan.add('createTables', createTableOp(t, target.sequences));
      for (const col of t.columns) {
        if (col.identity !== null)
          nameIdentitySequence(ctx, t.schema, t.name, col.name, col.identity.sequenceName);
      }
      createIndexes(ctx, t);
      createForeignKeys(ctx, t);
      createTableObjects(ctx, t);
      continue;
    }
    compareColumns(ctx, c, t);
    if (c.comment !== t.comment) {
      plan.add('alterTables', {
        kind: 'setTableComment',
        ...tableTarget(t.schema, t.name),
        comment: t.comment,
        existingComment: c.comment,
      });
    }
    compareIndexes(ctx, c, t, replaced);
    compareConstraints(ctx, c, t, rebuild, replaced);
    compareTableObjects(ctx, c, t);
  }
}
