import { ancestorsOf } from './graph-traversal';
import type { HeadsAfterStep, MigrationStep, StampStep, VersionChange } from './migration-step';
import { graphError } from './revision-errors';
import type { RevisionGraph } from './revision-graph';
import type { Revision } from './revision-node';
import { getRevisions } from './revision-resolver';

/**
 * Alembic's `HeadMaintainer.update_to_step`, without the database: the version-table rows
 * after `step` and the row changes that get there. A step from a base or onto a branch not
 * in the table inserts; a merge deletes all parents but one and updates that one; undoing
 * a merge updates one row and inserts the others; undoing a base (or a revision whose
 * parents stay implied by other heads) deletes; everything else is one update.
 */
export function applyStepToHeads(
  graph: RevisionGraph,
  heads: readonly string[],
  step: MigrationStep | StampStep,
): HeadsAfterStep {
  const changes =
    step.kind === 'stamp'
      ? stampChanges(step, new Set(heads))
      : revisionChanges(graph, graph.node(step.revision.revision), step.direction, new Set(heads));
  return { heads: applyChanges(heads, changes), changes };
}

function revisionChanges(
  graph: RevisionGraph,
  rev: Revision,
  direction: 'up' | 'down',
  heads: ReadonlySet<string>,
): VersionChange[] {
  const downs = rev.normalizedDownRevisions;
  if (direction === 'down') {
    if (heads.has(rev.id) && (downs.length === 0 || unmergeTo(graph, rev, heads).length === 0))
      return [{ kind: 'delete', revision: rev.id }];
    if (heads.has(rev.id) && downs.length > 1) {
      const to = unmergeTo(graph, rev, heads);
      return [
        ...to.slice(0, -1).map((id): VersionChange => ({ kind: 'insert', revision: id })),
        { kind: 'update', from: rev.id, to: to[to.length - 1] as string },
      ];
    }
    return [{ kind: 'update', from: rev.id, to: singleDown(rev, heads) }];
  }
  const present = downs.filter((id) => heads.has(id));
  if (downs.length === 0 || present.length === 0) return [{ kind: 'insert', revision: rev.id }];
  if (downs.length > 1 && present.length > 1) {
    const from = mergeFrom(graph, rev, heads);
    return [
      ...from.slice(0, -1).map((id): VersionChange => ({ kind: 'delete', revision: id })),
      { kind: 'update', from: from[from.length - 1] as string, to: rev.id },
    ];
  }
  return [{ kind: 'update', from: singleDown(rev, heads), to: rev.id }];
}

function singleDown(rev: Revision, heads: ReadonlySet<string>): string {
  const downs = rev.normalizedDownRevisions;
  if (downs.length === 1) return downs[0] as string;
  const present = downs.filter((id) => heads.has(id));
  if (present.length !== 1) {
    throw graphError(
      'INTERNAL_GRAPH_ERROR',
      `Can't do an UPDATE for ${rev.id} because its down revision is ambiguous (${downs.join(', ')}).`,
      'This is a bug in retort: please report it with the output of `retort history -v`.',
    );
  }
  return present[0] as string;
}

/** Ids implied by heads other than `exclude` (their ancestors, dependencies included). */
function impliedByOthers(
  graph: RevisionGraph,
  heads: ReadonlySet<string>,
  exclude: readonly string[],
): Set<string> | null {
  const others = [...heads].filter((id) => !exclude.includes(id));
  if (others.length === 0) return null;
  const revs = getRevisions(graph, others) as Revision[];
  return new Set(ancestorsOf(revs).map((r) => r.id));
}

/** Merge upgrade: the parents to fold into the merge (not those other heads still imply). */
function mergeFrom(graph: RevisionGraph, rev: Revision, heads: ReadonlySet<string>): string[] {
  const implied = impliedByOthers(graph, heads, rev.normalizedDownRevisions);
  return rev.normalizedDownRevisions.filter((id) => implied === null || !implied.has(id));
}

/** Undoing a revision: the parents that must become heads again. */
function unmergeTo(graph: RevisionGraph, rev: Revision, heads: ReadonlySet<string>): string[] {
  const downs = rev.normalizedDownRevisions;
  let implied = impliedByOthers(graph, heads, [rev.id]);
  if (implied === null) {
    implied = new Set<string>();
    for (const id of downs)
      for (const anc of ancestorsOf([graph.node(id)])) if (anc.id !== id) implied.add(anc.id);
  }
  const keep = implied;
  return downs.filter((id) => !keep.has(id));
}

/** Alembic's `StampStep` rules (checked in HeadMaintainer's order). */
function stampChanges(step: StampStep, heads: ReadonlySet<string>): VersionChange[] {
  const { from, to } = step;
  const up = step.direction === 'up';
  if (!up && step.branchMove) return [{ kind: 'delete', revision: from[0] as string }];
  if (
    up &&
    (step.branchMove || from.some((id) => !heads.has(id))) &&
    to.some((id) => !heads.has(id))
  ) {
    return [{ kind: 'insert', revision: to[0] as string }];
  }
  if (from.length > 1) {
    return [
      ...from.slice(0, -1).map((id): VersionChange => ({ kind: 'delete', revision: id })),
      { kind: 'update', from: from[from.length - 1] as string, to: to[0] as string },
    ];
  }
  if (to.length > 1) {
    return [
      ...to.slice(0, -1).map((id): VersionChange => ({ kind: 'insert', revision: id })),
      { kind: 'update', from: from[0] as string, to: to[to.length - 1] as string },
    ];
  }
  return [{ kind: 'update', from: from[0] as string, to: to[0] as string }];
}

/** Applies row changes to a head list, refusing the ones the version table would reject. */
export function applyChanges(
  heads: readonly string[],
  changes: readonly VersionChange[],
): string[] {
  const out = [...heads];
  const fail = (what: string) =>
    graphError(
      'VERSION_TABLE_MISMATCH',
      `Cannot ${what}: version table heads are ${out.join(', ') || '(none)'}.`,
      'The version table does not hold what the revision files imply. Inspect it with `retort current -v` and repair it with `retort stamp`.',
    );
  for (const change of changes) {
    if (change.kind === 'insert') {
      if (out.includes(change.revision)) throw fail(`insert ${change.revision}`);
      out.push(change.revision);
    } else if (change.kind === 'delete') {
      const at = out.indexOf(change.revision);
      if (at === -1) throw fail(`delete ${change.revision}`);
      out.splice(at, 1);
    } else {
      const at = out.indexOf(change.from);
      if (at === -1 || out.includes(change.to)) throw fail(`update ${change.from} to ${change.to}`);
      out[at] = change.to;
    }
  }
  return out;
}
