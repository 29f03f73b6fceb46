import { ancestorsOf, descendantsOf } from './graph-traversal';
import { graphError, multipleHeadsError, type RevisionArg } from './revision-errors';
import type { RevisionGraph } from './revision-graph';
import type { Revision } from './revision-node';

/** A resolved identifier: a revision, `null` for "nothing / base", or 'base' past a downward walk. */
export type Resolved = Revision | 'base' | null;

/**
 * Alembic's `_resolve_revision_number`: splits `branch@rest` and expands `heads`, `head` and
 * `base`; anything else is returned as written (ids, prefixes, labels, `-N`).
 */
export function resolveRevisionNumber(
  graph: RevisionGraph,
  id: RevisionArg,
): { ids: readonly string[]; branch: string | null } {
  let branch: string | null = null;
  let rest = id;
  if (typeof id === 'string' && id.includes('@')) {
    const at = id.indexOf('@');
    branch = id.slice(0, at) || null;
    rest = id.slice(at + 1);
  }
  if (rest === 'heads')
    return {
      ids: branch === null ? graph.realHeads : filterForLineage(graph, graph.heads, branch),
      branch,
    };
  if (rest === 'head') {
    const head = currentHead(graph, branch);
    return { ids: head === null ? [] : [head], branch };
  }
  if (rest === 'base' || rest === null) return { ids: [], branch };
  return { ids: typeof rest === 'string' ? [rest] : rest, branch };
}

/** The single head (of `branch`), or null for an empty graph; MULTIPLE_HEADS when there are several. */
export function currentHead(graph: RevisionGraph, branch: string | null = null): string | null {
  const heads = branch === null ? graph.heads : filterForLineage(graph, graph.heads, branch);
  if (heads.length > 1)
    throw multipleHeadsError(heads, branch === null ? 'head' : `${branch}@head`);
  return heads[0] ?? null;
}

/** Alembic's `get_revisions`: every revision an identifier (or list of them) names. */
export function getRevisions(graph: RevisionGraph, id: RevisionArg): Resolved[] {
  if (typeof id === 'object' && id !== null) return id.flatMap((one) => getRevisions(graph, one));
  const { ids, branch } = resolveRevisionNumber(graph, id);
  const only = ids.length === 1 ? (ids[0] as string) : '';
  if (/^\s*-\d+\s*$/.test(only) && Number(only) < 0) {
    // `-N` / `branch@-N`: walk down from the heads
    let heads = getRevisions(graph, 'heads') as Revision[];
    if (branch !== null) heads = heads.filter((head) => head.branchLabels.has(branch));
    return heads.map((head) => walk(graph, head, Number(only)));
  }
  return ids.map((one) => revisionForIdent(graph, one, branch));
}

/** Alembic's `get_revision`: one revision or null (base); MULTIPLE_HEADS if it names several. */
export function getRevision(graph: RevisionGraph, id: string | null): Revision | null {
  const { ids, branch } = resolveRevisionNumber(graph, id);
  if (ids.length > 1) throw multipleHeadsError(ids, id ?? 'base');
  return revisionForIdent(graph, ids[0] ?? null, branch);
}

/** A full id, a branch label or a unique prefix (of an id or label longer than 3 characters). */
export function revisionForIdent(
  graph: RevisionGraph,
  ident: string | null,
  checkBranch: string | null = null,
): Revision | null {
  const branchRev = checkBranch === null ? null : resolveBranch(graph, checkBranch);
  let revision: Revision | null = null;
  if (ident !== null) {
    revision = graph.lookupKey(ident) ?? null;
    if (revision === null) {
      let candidates = partialMatches(graph, ident);
      if (checkBranch !== null) candidates = filterForLineage(graph, candidates, checkBranch);
      if (candidates.length === 0) throw unknownRevisionError(ident);
      if (candidates.length > 1) throw ambiguousRevisionError(graph, ident, candidates);
      revision = graph.lookupKey(candidates[0] as string) as Revision;
    }
  }
  if (
    checkBranch !== null &&
    revision !== null &&
    branchRev !== null &&
    !lineageOf([branchRev], false).has(revision)
  ) {
    throw graphError(
      'REVISION_NOT_IN_BRANCH',
      `Revision ${revision.id} is not a member of branch '${checkBranch}'.`,
      'Run `retort branches` and `retort history` to see which revisions each branch holds.',
    );
  }
  return revision;
}

/** A branch label, or a revision (id or prefix) standing for its branch. */
export function resolveBranch(graph: RevisionGraph, label: string): Revision {
  const exact = graph.lookupKey(label);
  if (exact !== undefined) return exact;
  try {
    return revisionForIdent(graph, label) as Revision;
  } catch {
    throw graphError(
      'UNKNOWN_REVISION',
      `No such branch: '${label}'.`,
      'Run `retort branches` or `retort heads` to see the branch labels.',
    );
  }
}

function partialMatches(graph: RevisionGraph, prefix: string): string[] {
  const out: string[] = [];
  for (const keys of [graph.byId.keys(), graph.byLabel.keys()]) {
    for (const key of keys) if (key.length > 3 && key.startsWith(prefix)) out.push(key);
  }
  return out;
}

/** Alembic's `filter_for_lineage`: the targets that are ancestors or descendants of what `checkAgainst` names. */
export function filterForLineage<T extends string | Revision>(
  graph: RevisionGraph,
  targets: readonly T[],
  checkAgainst: string | null,
  includeDependencies = false,
): T[] {
  const inLineage = lineageFilter(graph, checkAgainst, includeDependencies);
  return targets.filter((target) =>
    inLineage(typeof target === 'string' ? (revisionForIdent(graph, target) as Revision) : target),
  );
}

/** A predicate for "shares lineage with `checkAgainst`", computed once (one graph walk). */
export function lineageFilter(
  graph: RevisionGraph,
  checkAgainst: string | null,
  includeDependencies = false,
): (rev: Revision) => boolean {
  const { ids, branch } = resolveRevisionNumber(graph, checkAgainst);
  const shares = branch === null ? ids : [branch, ...ids];
  if (shares.length === 0) return () => true;
  const lineage = lineageOf(
    shares.map((share) => revisionForIdent(graph, share) as Revision),
    includeDependencies,
  );
  return (rev) => lineage.has(rev);
}

/** Everything above or below the given revisions (sharing lineage is symmetric). */
export function lineageOf(
  revisions: readonly Revision[],
  includeDependencies: boolean,
): Set<Revision> {
  const lineage = new Set(ancestorsOf(revisions, includeDependencies));
  for (const rev of descendantsOf(revisions, includeDependencies)) lineage.add(rev);
  return lineage;
}

/**
 * Alembic's `_walk`: `steps` up (> 0) or down (< 0) from `start` (null = below the bases /
 * above the heads). Returns null when the walk runs off the graph and `noOverwalk`, 'base'
 * when it steps below a base.
 */
export function walk(
  graph: RevisionGraph,
  start: string | Resolved,
  steps: number,
  branch: string | null = null,
  noOverwalk = true,
): Resolved {
  let current: Resolved = typeof start === 'string' ? getRevision(graph, start) : start;
  const inBranch = branch === null ? null : lineageFilter(graph, branch);
  for (let i = 0; i < Math.abs(steps); i++) {
    let children: Resolved[];
    if (steps > 0) {
      const up = getRevisions(
        graph,
        current === null || current === 'base' ? graph.bases : [...current.nextRevisions],
      ) as Revision[];
      children = inBranch === null ? up : up.filter(inBranch);
    } else if (current === 'base') {
      children = [];
    } else {
      children = getRevisions(graph, current === null ? graph.heads : current.downRevisions);
      if (children.length === 0) children = ['base'];
    }
    if (children.length === 0) return noOverwalk ? null : current;
    if (children.length > 1) {
      throw graphError(
        'AMBIGUOUS_WALK',
        steps > 0
          ? `Ambiguous walk: ${children.map((c) => (c === null || c === 'base' ? 'base' : c.id)).join(', ')} all follow ${current === null || current === 'base' ? 'base' : current.id}.`
          : `Ambiguous walk: ${current === null || current === 'base' ? 'base' : current.id} is a merge of ${children.map((c) => (c === null || c === 'base' ? 'base' : c.id)).join(', ')}; one step down is not one revision.`,
        steps > 0
          ? 'Name the branch to move along, e.g. `<branch>@+1`, or give a revision id.'
          : `Below a merge, name the revision to go down to, e.g. \`${downTargetExample(children)}\` (see \`retort history\`), or \`base\`.`,
      );
    }
    current = children[0] as Resolved;
  }
  return current;
}

/** `retort downgrade <id>` for the first revision of a walk's choices. */
function downTargetExample(choices: readonly Resolved[]): string {
  const first = choices.find((c): c is Revision => c !== null && c !== 'base');
  return first ? `retort downgrade ${first.id}` : 'retort downgrade base';
}

export function unknownRevisionError(ident: string): Error {
  const short =
    ident.length < 4
      ? '; please ensure at least four characters are present for partial revision identifier matches'
      : '';
  return graphError(
    'UNKNOWN_REVISION',
    `No such revision or branch '${ident}'${short}.`,
    'Run `retort history` to list revisions; if the id comes from the database, its migration file may be missing.',
  );
}

function ambiguousRevisionError(
  graph: RevisionGraph,
  ident: string,
  candidates: readonly string[],
): Error {
  const listed = candidates
    .slice(0, 10)
    .map((key) => `  ${key} (${(graph.lookupKey(key) as Revision).header.file})`);
  if (candidates.length > 10) listed.push(`  … and ${candidates.length - 10} more`);
  return graphError(
    'AMBIGUOUS_REVISION',
    `Multiple revisions start with '${ident}':\n${listed.join('\n')}`,
    'Give more characters of the revision id.',
  );
}
