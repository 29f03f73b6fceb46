import { collectDowngradeRevisions, collectUpgradeRevisions } from './collect-revisions';
import { graphError, type RevisionArg } from './revision-errors';
import type { RevisionGraph } from './revision-graph';
import { parseRevisionRange } from './revision-identifier';
import type { Revision, RevisionNode } from './revision-node';
import { topologicalSort } from './topological-sort';

export interface IterateOptions {
  /** Include the lower revision(s) (default false). */
  readonly inclusive?: boolean;
  /** Bring in other branches the upper revisions need (default false). */
  readonly implicitBase?: boolean;
  /** Relative identifiers must walk exactly N steps (default true). */
  readonly assertRelativeLength?: boolean;
  /** Collect what a downgrade from `upper` to `lower` undoes (default false). */
  readonly selectForDowngrade?: boolean;
}

/**
 * Alembic's `iterate_revisions`: the revisions from `upper` down to `lower`, newest first
 * (every revision before its down revisions and dependencies).
 */
export function iterateRevisions(
  graph: RevisionGraph,
  upper: RevisionArg,
  lower: RevisionArg,
  options: IterateOptions = {},
): RevisionNode[] {
  return iterate(graph, upper, lower, options);
}

/** @internal Same as `iterateRevisions`, with the mutable node type. */
export function iterate(
  graph: RevisionGraph,
  upper: RevisionArg,
  lower: RevisionArg,
  options: IterateOptions = {},
): Revision[] {
  const collect =
    options.selectForDowngrade === true ? collectDowngradeRevisions : collectUpgradeRevisions;
  const { revisions, heads } = collect(graph, upper, lower, {
    inclusive: options.inclusive ?? false,
    implicitBase: options.implicitBase ?? false,
    assertRelativeLength: options.assertRelativeLength ?? true,
  });
  return topologicalSort(graph, revisions, heads).map((id) => graph.node(id));
}

/** Alembic's `walk_revisions` (history): from `head` (default `heads`) down to and including `base`. */
export function walkRevisions(
  graph: RevisionGraph,
  base: RevisionArg = 'base',
  head: RevisionArg = 'heads',
): RevisionNode[] {
  return iterate(graph, head, base, { inclusive: true, assertRelativeLength: false });
}

/**
 * `history -r <range>`: `A:B`, `A:`, `:B` or null for everything. `current` on either side
 * stands for the database's heads, which the caller passes (null when not connected).
 */
export function listHistory(
  graph: RevisionGraph,
  range: string | null,
  currentHeads: readonly string[] | null = null,
): RevisionNode[] {
  const { lower, upper } =
    range === null ? { lower: null, upper: null } : parseRevisionRange(range);
  const resolve = (side: string | null, fallback: string): RevisionArg => {
    if (side !== 'current') return side ?? fallback;
    if (currentHeads === null) {
      throw graphError(
        'CURRENT_NEEDS_DATABASE',
        "The range uses 'current', which needs the database's version table.",
        'Run the command where the database is reachable, or name revision ids instead of current.',
      );
    }
    return currentHeads;
  };
  const upperArg = resolve(upper, 'heads');
  if (upper === 'current' && currentHeads?.length === 0) return [];
  return walkRevisions(graph, resolve(lower, 'base'), upperArg);
}
