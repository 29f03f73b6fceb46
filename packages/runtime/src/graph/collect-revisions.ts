import { ancestorsOf, descendantsOf } from './graph-traversal';
import {
  graphError,
  rangeNotAncestorError,
  type RevisionArg,
  walkedTooFarError,
} from './revision-errors';
import type { RevisionGraph } from './revision-graph';
import type { Revision } from './revision-node';
import { getRevision, getRevisions, resolveBranch, type Resolved } from './revision-resolver';
import { parseDowngradeTarget, parseUpgradeTarget } from './revision-targets';

export interface CollectOptions {
  /** Also include the lower revision(s) themselves. */
  readonly inclusive: boolean;
  /** Do not require the lower revisions to be ancestors of the upper ones; bring in other branches too. */
  readonly implicitBase: boolean;
  /** Relative identifiers must walk exactly N steps (false: stop at the graph's ends). */
  readonly assertRelativeLength: boolean;
}

export interface Collected {
  readonly revisions: Set<Revision>;
  /** Where the topological sort starts. */
  readonly heads: Revision[];
}

const isRevision = (rev: Resolved): rev is Revision => rev !== null && rev !== 'base';

/** Alembic's `_collect_upgrade_revisions`: what lies between `lower` (current) and `upper` (target). */
export function collectUpgradeRevisions(
  graph: RevisionGraph,
  upper: RevisionArg,
  lower: RevisionArg,
  options: CollectOptions,
): Collected {
  const resolved = parseUpgradeTarget(graph, lower, upper, options.assertRelativeLength);
  let targets = resolved.map((rev) => {
    if (rev === null || rev === 'base') throw walkedTooFarError(String(upper));
    return rev;
  });
  if (typeof lower === 'string' && lower.includes('@'))
    targets = onNamedBranch(graph, lower, targets);

  const required = new Set(ancestorsOf(targets, true, true));
  for (const rev of targets) required.add(rev);
  const lowerRevisions = getRevisions(graph, lower);
  const stranger = lowerRevisions.find((rev) => isRevision(rev) && !required.has(rev));
  if (!options.implicitBase && stranger !== undefined) throw rangeNotAncestorError(lower, upper);

  let current = lowerRevisions.filter(isRevision);
  let lowerArg = lower;
  if (lowerRevisions.length > 0 && lowerRevisions[0] === null) {
    // a relative lower bound that ran off the graph: resolve it as a downgrade target
    const { revision } = parseDowngradeTarget(
      graph,
      upper,
      lower as string,
      options.assertRelativeLength,
    );
    current = isRevision(revision) ? [revision] : [];
    lowerArg = isRevision(revision) ? revision.id : null;
  }
  const currentSet = new Set(ancestorsOf(current, true, true));
  for (const rev of current) currentSet.add(rev);
  const needs = new Set([...required].filter((rev) => !currentSet.has(rev)));
  if (options.inclusive)
    for (const rev of getRevisions(graph, lowerArg)) if (isRevision(rev)) needs.add(rev);
  if (current.length > 0 && !options.implicitBase) {
    const above = new Set(descendantsOf(current, false, true));
    for (const rev of needs) if (!above.has(rev)) needs.delete(rev);
  }
  return { revisions: needs, heads: targets };
}

/** `branch@…` (or `rev@…`) as the lower bound keeps only targets on that branch. */
function onNamedBranch(graph: RevisionGraph, lower: string, targets: Revision[]): Revision[] {
  let branch = lower.slice(0, lower.indexOf('@'));
  const branchRev = getRevision(graph, branch);
  if (branchRev !== null && branchRev.id === branch) {
    // a revision used as a label: take its branch's label
    if (branchRev.branchLabels.size !== 1) {
      throw graphError(
        'AMBIGUOUS_BRANCH',
        `Revision ${branch} is on ${branchRev.branchLabels.size === 0 ? 'no labelled branch' : `several branches (${[...branchRev.branchLabels].join(', ')})`}.`,
        'Use a branch label before the @.',
      );
    }
    branch = [...branchRev.branchLabels][0] as string;
  }
  return targets.filter((rev) => rev.branchLabels.has(branch));
}

/**
 * Alembic's `_collect_downgrade_revisions`: the applied revisions (below `upper`, the current
 * heads) that must be undone to reach `lower`, with everything that depends on them.
 */
export function collectDowngradeRevisions(
  graph: RevisionGraph,
  upper: RevisionArg,
  lower: RevisionArg,
  options: CollectOptions,
): Collected {
  if (typeof lower === 'object' && lower !== null)
    throw graphError('BAD_REVISION_IDENTIFIER', 'A downgrade target must be a single identifier.', 'Name one revision, e.g. `retort downgrade -1` or `retort downgrade <rev>`.');
  const { branch, revision } = parseDowngradeTarget(
    graph,
    upper,
    lower,
    options.assertRelativeLength,
  );
  const target = isRevision(revision) ? revision : null;
  let roots: Revision[];
  if (target === null) roots = [...graph.byId.values()].filter((rev) => rev.isBase);
  else if (options.inclusive) roots = [target];
  else roots = [...target.nextRevisions].map((id) => graph.node(id));
  if (branch !== null && roots.length > 1) {
    const onBranch = new Set(ancestorsOf([resolveBranch(graph, branch)], false));
    roots = roots.filter((rev) => onBranch.has(rev));
    if (roots.length === 0) {
      throw graphError(
        'RANGE_NOT_ANCESTOR',
        'Not a valid downgrade target from current heads.',
        'Run `retort current` and `retort branches`.',
      );
    }
  }
  const heads = getRevisions(graph, upper).filter(isRevision);
  const active = new Set(ancestorsOf(heads, true));
  const drop = new Set(descendantsOf(roots, true).filter((rev) => active.has(rev)));
  if (options.implicitBase) {
    const kept = new Set(ancestorsOf(roots));
    for (const rev of active) if (!kept.has(rev)) drop.add(rev);
  }
  if (target !== null && drop.size === 0 && !heads.includes(target))
    throw rangeNotAncestorError(lower, upper);
  return { revisions: drop, heads };
}
