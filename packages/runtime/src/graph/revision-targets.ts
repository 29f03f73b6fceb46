import { ancestorsOf } from './graph-traversal';
import { currentRevisions } from './current-revisions';
import { graphError, relativeError, type RevisionArg, walkedTooFarError } from './revision-errors';
import type { RevisionGraph } from './revision-graph';
import { matchRelative } from './revision-identifier';
import {
  filterForLineage,
  getRevision,
  getRevisions,
  type Resolved,
  walk,
} from './revision-resolver';
import type { Revision } from './revision-node';

function toList(arg: RevisionArg): readonly string[] {
  if (arg === null) return [];
  return typeof arg === 'string' ? [arg] : arg;
}

/**
 * Alembic's `_parse_upgrade_target`: the revisions an upgrade goes to. Relative targets
 * (`+N`, `branch@+N`) walk up from `current`; `rev+N`/`rev-N` from `rev`.
 */
export function parseUpgradeTarget(
  graph: RevisionGraph,
  current: RevisionArg,
  target: RevisionArg,
  assertRelativeLength: boolean,
): Resolved[] {
  const match = typeof target === 'string' ? matchRelative(target) : null;
  if (match === null) return getRevisions(graph, target);
  const { branch, symbol, relative, steps } = match;
  if (steps > 0 && symbol !== null) {
    return [walk(graph, getRevision(graph, symbol), steps, branch, assertRelativeLength)];
  }
  if (steps > 0) {
    let starts: (string | Revision | null)[] =
      toList(current).length === 0 ? [null] : [...toList(current)];
    if (branch !== null) {
      const currentRevs = getRevisions(graph, toList(current)) as Revision[];
      starts = filterForLineage(graph, currentRevs, branch);
      if (starts.length === 0) {
        // the branch is not among the current heads: start from its tip below them
        const active = filterForLineage(graph, ancestorsOf(currentRevs), branch);
        const below = new Set(active.flatMap((rev) => rev.normalizedDownRevisions));
        starts = active.filter((rev) => !below.has(rev.id));
        if (starts.length === 0) starts = [null];
      }
    }
    if (starts.length > 1) {
      throw graphError(
        'AMBIGUOUS_UPGRADE',
        'Ambiguous upgrade from multiple current revisions.',
        `Name the branch to move along (\`<branch>@${relative}\`) or give a revision (\`<rev>${relative}\`).`,
      );
    }
    const rev = walk(graph, starts[0] ?? null, steps, branch, assertRelativeLength);
    if (rev === null) throw relativeError(relative, steps);
    return [rev];
  }
  if (symbol === null) throw relativeError(relative, steps);
  const start = getRevision(graph, branch === null ? symbol : `${branch}@${symbol}`);
  return [walk(graph, start, steps, null, assertRelativeLength)];
}

/**
 * Alembic's `_parse_downgrade_target`: the branch label (if any) and the revision a downgrade
 * goes to (null = base). `-N` walks down from the current heads, `branch@-N` from the
 * branch's current head, `rev-N`/`rev+N` from `rev`.
 */
export function parseDowngradeTarget(
  graph: RevisionGraph,
  current: RevisionArg,
  target: string | null,
  assertRelativeLength: boolean,
): { branch: string | null; revision: Resolved } {
  if (target === null) return { branch: null, revision: null };
  const match = matchRelative(target);
  if (match === null) {
    const at = target.lastIndexOf('@');
    return {
      branch: at > 0 ? target.slice(0, at) : null,
      revision: getRevision(graph, target.slice(at + 1)),
    };
  }
  let { branch, symbol } = match;
  const { relative, steps } = match;
  if (steps >= 0) {
    if (symbol === null) throw relativeError(relative, steps);
    const rev = walk(graph, symbol, steps, branch, assertRelativeLength);
    if (rev === null) throw walkedTooFarError(target);
    return { branch, revision: rev };
  }
  const fromCurrent = symbol === null;
  if (fromCurrent) {
    // symbolic current heads (history's `heads`) are expanded; Alembic would fail on them here
    const heads = getRevisions(graph, toList(current)).flatMap((rev) =>
      rev === null || rev === 'base' ? [] : [rev.id],
    );
    if (branch !== null) {
      let onBranch: string[] = filterForLineage(graph, heads, branch);
      if (onBranch.length === 0)
        onBranch = filterForLineage(graph, currentRevisions(graph, heads), branch).map((r) => r.id);
      if (onBranch.length !== 1) throw notOneCurrentHeadError(branch, onBranch);
      symbol = onBranch[0] as string;
    } else {
      if (heads.length === 0) throw relativeError(relative, steps);
      if (new Set(heads).size > 1) throw ambiguousDowngradeError(heads, relative);
      symbol = heads[0] as string;
      branch = symbol;
    }
  }
  const start = getRevision(graph, branch === null ? symbol : `${branch}@${symbol}`);
  const rev = walk(graph, start, steps, null, assertRelativeLength);
  if (rev === null) throw fromCurrent ? relativeError(relative, steps) : walkedTooFarError(target);
  return { branch, revision: rev };
}

function notOneCurrentHeadError(branch: string, heads: readonly string[]): Error {
  return graphError(
    'AMBIGUOUS_DOWNGRADE',
    heads.length === 0
      ? `No current revision is on branch '${branch}'.`
      : `Several current revisions are on branch '${branch}': ${heads.join(', ')}.`,
    'Give a revision instead: `<rev>-N` or a revision id.',
  );
}

/** Alembic only warns here and picks the first row; the version table has no row order, so we refuse. */
function ambiguousDowngradeError(heads: readonly string[], relative: string): Error {
  return graphError(
    'AMBIGUOUS_DOWNGRADE',
    `Downgrade ${relative} from multiple current heads (${heads.join(', ')}) is ambiguous.`,
    `Say which branch to move: \`<branch>@${relative}\` or \`<rev>${relative}\`, e.g. \`${heads[0]}${relative}\`.`,
  );
}
