import type { RevisionGraph } from './revision-graph';
import type { Revision } from './revision-node';

/**
 * Generation numbers (longest path from a base along `normalizedDownRevisions`): an ancestor
 * always has a smaller generation than its descendant, so a search for it can stop as soon as it
 * walks below the target's generation (git's commit-graph trick). Computed once per graph.
 */
const generations = new WeakMap<RevisionGraph, Map<Revision, number>>();

function generationsOf(graph: RevisionGraph): Map<Revision, number> {
  let gen = generations.get(graph);
  if (gen) return gen;
  gen = new Map();
  for (const root of graph.revisions() as Revision[]) {
    if (gen.has(root)) continue;
    // iterative post-order: deep linear histories must not overflow the stack
    const stack: Revision[] = [root];
    while (stack.length) {
      const rev = stack[stack.length - 1]!;
      const pending = rev.normalizedDownNodes.filter((d) => !gen.has(d));
      if (pending.length) {
        stack.push(...pending);
        continue;
      }
      stack.pop();
      if (!gen.has(rev)) gen.set(rev, 1 + Math.max(-1, ...rev.normalizedDownNodes.map((d) => gen!.get(d)!)));
    }
  }
  generations.set(graph, gen);
  return gen;
}

/** Is `target` `from` itself or below it (through down revisions and dependencies)? */
export function reaches(graph: RevisionGraph, from: Revision, target: Revision): boolean {
  if (from === target) return true;
  const gen = generationsOf(graph);
  const floor = gen.get(target)!;
  if (gen.get(from)! <= floor) return false;
  const seen = new Set<Revision>([from]);
  const todo = [from];
  while (todo.length) {
    for (const down of todo.pop()!.normalizedDownNodes) {
      if (down === target) return true;
      if (seen.has(down) || gen.get(down)! <= floor) continue;
      seen.add(down);
      todo.push(down);
    }
  }
  return false;
}
