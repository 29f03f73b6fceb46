import { ancestorsOf } from './graph-traversal';
import { graphError } from './revision-errors';
import type { RevisionGraph } from './revision-graph';
import type { Revision } from './revision-node';

/**
 * Alembic's `_topological_sort`: the revisions newest first, every revision before its
 * down revisions and dependencies. It walks depth-first down one branch at a time and only
 * passes a branch point once every branch above it that is being emitted has reached it;
 * ties go by file order.
 */
export function topologicalSort(
  graph: RevisionGraph,
  revisions: Iterable<Revision>,
  heads: readonly Revision[],
): string[] {
  const todo = new Set<string>();
  for (const rev of revisions) todo.add(rev.id);
  const ancestors = (id: string) => new Set(ancestorsOf([graph.node(id)]).map((rev) => rev.id));

  const currentHeads = [...new Set(heads.map((rev) => rev.id).filter((id) => todo.has(id)))];
  currentHeads.sort((a, b) => graph.indexOf(a) - graph.indexOf(b));
  const ancestorsByIndex = currentHeads.map(ancestors);
  const output: string[] = [];
  let index = 0;
  while (currentHeads.length > 0) {
    const candidate = currentHeads[index] as string;
    const blocker = ancestorsByIndex.findIndex((set, i) => i !== index && set.has(candidate));
    if (blocker !== -1) {
      // another head still above us depends on the candidate: finish that head first
      index = blocker;
      continue;
    }
    if (todo.delete(candidate)) output.push(candidate);
    const rev = graph.node(candidate);
    const toAdd = rev.normalizedDownRevisions.filter(
      (id) => todo.has(id) && !currentHeads.includes(id),
    );
    if (toAdd.length === 0) {
      currentHeads.splice(index, 1);
      ancestorsByIndex.splice(index, 1);
      index = Math.max(index - 1, 0);
    } else if (rev.normalizedDependencies.length === 0 && rev.downRevisions.length === 1) {
      // plain movement down a line: update the ancestor set in place
      currentHeads[index] = toAdd[0] as string;
      (ancestorsByIndex[index] as Set<string>).delete(candidate);
    } else {
      currentHeads[index] = toAdd[0] as string;
      ancestorsByIndex[index] = ancestors(toAdd[0] as string);
      for (const id of toAdd.slice(1)) {
        currentHeads.push(id);
        ancestorsByIndex.push(ancestors(id));
      }
    }
  }
  if (todo.size > 0) {
    throw graphError(
      'INTERNAL_GRAPH_ERROR',
      `Could not order revisions ${[...todo].join(', ')} (not reachable from ${heads.map((r) => r.id).join(', ')}).`,
    );
  }
  return output;
}
