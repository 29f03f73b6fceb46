import { IrreversibleOperationError, reverseOp, type Operation } from '@retort/ops';
import { typeChange } from './compare/type-change';
import type { DiffEntry, DowngradeStep } from './types';

/**
 * `reverseOp` keeps no USING: a reversed type change gets the cast the way back needs
 * (text → integer after integer → text), from the same cast rules as the upgrade.
 */
function withUsing(op: Operation): Operation {
  if (
    op.kind !== 'alterColumn' ||
    op.type === undefined ||
    op.existingType === undefined ||
    op.using !== undefined
  )
    return op;
  const strip = (t: string) => t.replace(/ COLLATE .*$/, '');
  const using = typeChange(op.newName ?? op.column, strip(op.existingType), strip(op.type)).using;
  return using === undefined ? op : { ...op, using };
}

/**
 * The downgrade: the upgrade's entries last first, each reversed (an entry's own `reverse`
 * when it has one). A step with no inverse becomes `{ irreversible: message }`, to be rendered
 * as an explicit error, never left out.
 */
export function downgradeFor(entries: readonly DiffEntry[]): DowngradeStep[] {
  return [...entries].reverse().flatMap((entry): DowngradeStep[] => {
    if (entry.reverse !== undefined) return entry.reverse.map((op) => ({ op }));
    try {
      return [{ op: withUsing(reverseOp(entry.op)) }];
    } catch (error) {
      if (error instanceof IrreversibleOperationError) {
        // the message says why, the hint what to do instead: a reader of downgrade() needs both
        const why = error.message.replace(/[.\s]+$/, '');
        return [{ irreversible: error.hint === undefined ? `${why}.` : `${why}. ${error.hint}` }];
      }
      throw error;
    }
  });
}
