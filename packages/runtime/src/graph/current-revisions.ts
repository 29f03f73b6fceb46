import { ancestorsOf } from './graph-traversal';
import type { RevisionGraph } from './revision-graph';
import type { Revision } from './revision-node';
import { getRevisions } from './revision-resolver';

/**
 * Alembic's `_get_all_current` (what `current` prints): the branch tips of the version
 * table's heads plus everything they imply through `dependsOn`. A revision some other
 * implied revision builds on (through `downRevision`) is not a tip.
 */
export function currentRevisions(graph: RevisionGraph, heads: readonly string[]): Revision[] {
  const top = getRevisions(graph, heads).filter(
    (rev): rev is Revision => rev !== null && rev !== 'base',
  );
  const implied = new Set(ancestorsOf(top, true));
  return [...implied]
    .filter((rev) => ![...rev.nextRevisions].some((child) => implied.has(graph.node(child))))
    .sort((a, b) => graph.indexOf(a.id) - graph.indexOf(b.id));
}
