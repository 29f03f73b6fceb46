import { RetortError } from '@retort/errors';
import type { VersionRow } from '../version/version-table';

/** Refuses to run while a revision is recorded half-applied (golang-migrate's dirty state). */
export function assertNotDirty(rows: readonly VersionRow[]): void {
  const dirty = rows.find((r) => r.dirty !== null);
  if (!dirty) return;
  const what = dirty.dirty === 'up' ? 'upgrade' : 'downgrade';
  throw new RetortError(
    'DIRTY_REVISION',
    `Revision ${dirty.revision} is half-applied: its ${what} committed part of its work (an autocommit block) and then failed or was interrupted. retort runs nothing until that is resolved.`,
    {
      hint: `Inspect the database, finish or undo the rest of ${dirty.revision}'s ${what} by hand, then run \`retort resolve ${dirty.revision} --applied\` (the ${what} is now complete) or \`retort resolve ${dirty.revision} --rolled-back\` (its changes are undone).`,
    },
  );
}
