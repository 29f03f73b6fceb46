import { reaches } from './reachability';
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

  const currentHeads = [...new Set(heads.map((rev) => rev.id).filter((id) => todo.has(id)))];
  currentHeads.sort((a, b) => graph.indexOf(a) - graph.indexOf(b));
  const output: string[] = [];
  let index = 0;
  while (currentHeads.length > 0) {
    const candidate = currentHeads[index] as string;
    // blocked while another head being emitted still has the candidate below it
    const node = graph.node(candidate);
    const blocker = currentHeads.findIndex((head, i) => i !== index && reaches(graph, graph.node(head), node));
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
      index = Math.max(index - 1, 0);
    } else {
      currentHeads[index] = toAdd[0] as string;
      currentHeads.push(...toAdd.slice(1));
    }
  }
  if (todo.size > 0) {
    throw graphError(
      'INTERNAL_GRAPH_ERROR',
      `Could not order revisions ${[...todo].join(', ')} (not reachable from ${heads.map((r) => r.id).join(', ')}).`,
      'This is a bug in retort: please report it with the output of `retort history -v`.',
    );
  }
  return output;
}
