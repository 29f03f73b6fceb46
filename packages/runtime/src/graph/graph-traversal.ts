import { graphError } from './revision-errors';
import type { Revision } from './revision-node';

export type RevisionMap = ReadonlyMap<string, Revision>;
type Related = (rev: Revision) => readonly Revision[];

export const viaNormalizedDown: Related = (rev) => rev.normalizedDownNodes;
export const viaDown: Related = (rev) => rev.downNodes;
export const viaAllDown: Related = (rev) => rev.allDownNodes;
export const viaNext: Related = (rev) => rev.nextNodes;
export const viaAllNext: Related = (rev) => rev.allNextNodes;

/**
 * Depth-first walk from each target along `related` edges, each revision once, in
 * Alembic's order (`_iterate_related_revisions`). With `check`, a target reachable from
 * another target is an error (OVERLAPPING_REVISIONS).
 */
export function iterateRelated(
  related: Related,
  targets: Iterable<Revision>,
  check = false,
): Revision[] {
  const targetList = [...targets];
  const mark = nextMark();
  const out: Revision[] = [];
  const todo: Revision[] = [];
  for (const target of targetList) {
    todo.push(target);
    const perTarget = check ? new Set<Revision>() : null;
    while (todo.length > 0) {
      const rev = todo.pop() as Revision;
      perTarget?.add(rev);
      if (rev.visitMark === mark) continue;
      rev.visitMark = mark;
      for (const next of related(rev)) todo.push(next);
      out.push(rev);
    }
    if (perTarget !== null) {
      const overlaps = targetList.filter((t) => t !== target && perTarget.has(t));
      if (overlaps.length > 0) {
        throw graphError(
          'OVERLAPPING_REVISIONS',
          `Requested revision ${target.id} overlaps with other requested revisions ${overlaps.map((r) => r.id).join(', ')}.`,
          'Name only revisions on different branches (none an ancestor of another).',
        );
      }
    }
  }
  return out;
}

/** Walks mark visited nodes with a fresh number instead of filling a Set (the hot path). */
let lastMark = 0;
function nextMark(): number {
  lastMark += 1;
  return lastMark;
}

/** The targets and everything below them; through `dependsOn` too unless told otherwise. */
export function ancestorsOf(
  targets: Iterable<Revision>,
  includeDependencies = true,
  check = false,
): Revision[] {
  return iterateRelated(includeDependencies ? viaNormalizedDown : viaDown, targets, check);
}

/** The targets and everything above them; through `dependsOn` too unless told otherwise. */
export function descendantsOf(
  targets: Iterable<Revision>,
  includeDependencies = true,
  check = false,
): Revision[] {
  return iterateRelated(includeDependencies ? viaAllNext : viaNext, targets, check);
}
