import { currentRevisions } from './current-revisions';
import type { RevisionArg } from './revision-errors';
import type { RevisionGraph } from './revision-graph';
import type { RevisionNode } from './revision-node';
import { getRevisions } from './revision-resolver';
import { walkRevisions } from './iterate-revisions';

/** `heads`: the graph's heads; with `resolveDependencies`, only those nothing depends on. */
export function listHeads(
  graph: RevisionGraph,
  options: { resolveDependencies?: boolean } = {},
): RevisionNode[] {
  const ids = options.resolveDependencies === true ? graph.realHeads : graph.heads;
  return ids.map((id) => graph.node(id));
}

/** `branches`: revisions more than one revision builds on, in history order, with their children. */
export function listBranchPoints(
  graph: RevisionGraph,
): { revision: RevisionNode; children: RevisionNode[] }[] {
  return walkRevisions(graph)
    .filter((rev) => rev.isBranchPoint)
    .map((rev) => ({
      revision: rev,
      children: [...rev.nextRevisions].map((id) => graph.node(id)),
    }));
}

/** `current`: what the version table's rows mean (branch tips, dependencies included). */
export function listCurrent(
  graph: RevisionGraph,
  versionTableHeads: readonly string[],
): RevisionNode[] {
  return currentRevisions(graph, versionTableHeads);
}

/**
 * The revisions an identifier (or list) names — `show`, `merge heads`, offline starting
 * revisions. `base` names none; unknown or ambiguous identifiers are errors.
 */
export function resolveRevisions(graph: RevisionGraph, identifier: RevisionArg): RevisionNode[] {
  return getRevisions(graph, identifier).filter(
    (rev): rev is NonNullable<typeof rev> & RevisionNode => rev !== null && rev !== 'base',
  );
}
