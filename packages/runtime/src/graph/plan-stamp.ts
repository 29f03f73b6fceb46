import { descendantsOf, ancestorsOf } from './graph-traversal';
import type { StampStep } from './migration-step';
import type { RevisionGraph } from './revision-graph';
import type { Revision } from './revision-node';
import { filterForLineage, getRevisions } from './revision-resolver';

export interface StampOptions {
  /**
   * Empty the version table first (Alembic `--purge`): the plan starts from no heads, and
   * the migrator must delete every row before applying it.
   */
  readonly purge?: boolean;
}

/**
 * Alembic's `_stamp_revs`: version-table moves that make `targets` current without running
 * migrations. Each target either removes branches (`base`, `branch@base`), moves the heads
 * on its lineage down or up to it in one step, or starts a new branch.
 */
export function planStamp(
  graph: RevisionGraph,
  currentHeads: readonly string[],
  targets: readonly string[],
  options: StampOptions = {},
): StampStep[] {
  const heads = options.purge === true ? [] : currentHeads;
  const headRevs = getRevisions(graph, heads) as Revision[];
  const wanted = targets.length === 0 ? ['base'] : targets;
  const onLineage: Revision[] = [];
  for (const target of wanted) {
    for (const head of filterForLineage(graph, headRevs, target, true))
      if (!onLineage.includes(head)) onLineage.push(head);
  }
  const lineageIds = onLineage.map((rev) => rev.id);
  const dests = getRevisions(graph, wanted);
  const steps: StampStep[] = [];
  for (const dest of dests.length === 0 ? [null] : dests) {
    if (dest === null || dest === 'base') {
      for (const id of lineageIds)
        steps.push({ kind: 'stamp', from: [id], to: [], direction: 'down', branchMove: true });
    } else if (!onLineage.includes(dest)) {
      const above = new Set(descendantsOf([dest]));
      const below = new Set(ancestorsOf([dest]));
      if (onLineage.some((rev) => above.has(rev))) {
        steps.push({
          kind: 'stamp',
          from: lineageIds,
          to: [dest.id],
          direction: 'down',
          branchMove: false,
        });
      } else if (onLineage.some((rev) => below.has(rev))) {
        steps.push({
          kind: 'stamp',
          from: lineageIds,
          to: [dest.id],
          direction: 'up',
          branchMove: false,
        });
      } else {
        steps.push({ kind: 'stamp', from: [], to: [dest.id], direction: 'up', branchMove: true });
      }
    }
  }
  return steps;
}
