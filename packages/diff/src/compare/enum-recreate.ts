import { quoteQualified, type Enum } from '@retort/schema';
import { enumValuesRemovedHazard } from '../hazards/data-loss';
import type { Hazard } from '../types';
import { renameEnumOp } from '../to-ops/rename-op';
import { tableTarget } from '../to-ops/names';
import type { DiffContext } from './context';
import { temporaryEnumName } from './enum-value-removal';

/**
 * Removing or reordering labels: rename the old type out of the way (`mood` → `mood_old`), so
 * that the generic passes then create the new `mood`, cast the columns that used the old type
 * through text (`USING col::text::public.mood`) and drop `mood_old`. Column defaults that name
 * the type are dropped before the rename and set again after the cast.
 * Mutates the working model: the old enum and the columns that use it now say `mood_old`.
 */
export function recreateEnum(ctx: DiffContext, current: Enum, target: Enum): void {
  const { plan, working } = ctx;
  const temporary = temporaryEnumName(current, working, ctx.target);
  const oldType = quoteQualified(current.schema, current.name);
  const newType = quoteQualified(current.schema, temporary);
  for (const table of working.tables) {
    for (const column of table.columns) {
      if (column.type !== oldType && column.type !== `${oldType}[]`) continue;
      if (column.default !== null) {
        plan.add('prepareTypes', {
          kind: 'alterColumn',
          ...tableTarget(table.schema, table.name),
          column: column.name,
          default: null,
          existingDefault: column.default,
        });
        column.default = null;
      }
      column.type = column.type === oldType ? newType : `${newType}[]`;
    }
  }
  const removed = current.values.filter((v) => !target.values.includes(v));
  const hazards: Hazard[] = removed.length > 0 ? [enumValuesRemovedHazard(oldType, removed)] : [];
  plan.add('prepareTypes', renameEnumOp(current.schema, current.name, temporary), hazards);
  current.name = temporary;
}
