import { isRetortError, RetortError } from '@retort/errors';
import { iterate } from './iterate-revisions';
import { downStep, type MigrationStep, upStep } from './migration-step';
import type { RevisionGraph } from './revision-graph';

/**
 * Alembic's `_upgrade_revs`: the upgrade steps from the version table's `currentHeads` to
 * `target` (`head`, `heads`, an id or prefix, `branch@head`, `+N`, `branch@+N`, `rev+N`, …),
 * oldest first, every revision after its down revisions and dependencies. Empty when the
 * target is already reached. `head` with several heads is MULTIPLE_HEADS.
 */
export function planUpgrade(
  graph: RevisionGraph,
  currentHeads: readonly string[],
  target: string,
): MigrationStep[] {
  return explain('upgrade', target, () =>
    iterate(graph, target, currentHeads, { implicitBase: true })
      .reverse()
      .map((rev) => upStep(rev.header)),
  );
}

/**
 * Alembic's `_downgrade_revs`: the downgrade steps from `currentHeads` to `target` (`base`,
 * an id, `-N`, `branch@-N`, `rev-N`, `branch@rev`, …), newest first, every revision before
 * what it builds on. Empty when there is nothing above the target.
 */
export function planDowngrade(
  graph: RevisionGraph,
  currentHeads: readonly string[],
  target: string,
): MigrationStep[] {
  return explain('downgrade', target, () =>
    iterate(graph, currentHeads, target, { selectForDowngrade: true }).map((rev) =>
      downStep(rev.header),
    ),
  );
}

/** Alembic's `_catch_revision_errors(ancestor=…)`: say which destination is unreachable. */
function explain<T>(direction: 'upgrade' | 'downgrade', target: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isRetortError(error) && error.code === 'RANGE_NOT_ANCESTOR') {
      throw new RetortError(
        'RANGE_NOT_ANCESTOR',
        `Destination ${target} is not a valid ${direction} target from current head(s).`,
        {
          hint:
            direction === 'upgrade'
              ? 'It is below (or beside) what is applied; run `retort current` and `retort history`, or use `retort downgrade`.'
              : 'Nothing above it is applied; run `retort current` and `retort history`.',
          cause: error,
        },
      );
    }
    throw error;
  }
}
