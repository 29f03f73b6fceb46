import { applyStepToHeads } from '../graph/head-maintainer';
import type { MigrationStep, StampStep } from '../graph/migration-step';
import type { RevisionGraph } from '../graph/revision-graph';
import { ancestorsOf } from '../graph/graph-traversal';
import type { Revision } from '../graph/revision-node';
import type { PlannedStep } from '../migrator/run-migrations';

/** Every revision the heads imply applied (dependencies included), by id. */
function appliedSet(graph: RevisionGraph, heads: readonly string[]): Map<string, Revision> {
  const known = heads.map((id) => graph.get(id)).filter((r): r is Revision => r !== undefined);
  return new Map(ancestorsOf(known).map((r) => [r.id, r]));
}

const short = (ids: readonly string[]) => (ids.length ? ids.join(', ') : '<base>');

/** Turns planner steps into runner steps, threading the version-table heads through them. */
export function toPlannedSteps(graph: RevisionGraph, heads: readonly string[], steps: readonly (MigrationStep | StampStep)[]): PlannedStep[] {
  let current = [...heads];
  return steps.map((step) => {
    const heads_ = current;
    const { heads: next, changes } = applyStepToHeads(graph, current, step);
    current = next;
    if (step.kind === 'stamp') {
      const before = appliedSet(graph, heads_);
      const after = appliedSet(graph, next);
      return {
        checksums: {
          record: [...after.values()].filter((r) => !before.has(r.id)).map((r) => ({ revision: r.id, file: r.header.file })),
          forget: [...before.keys()].filter((id) => !after.has(id)),
        },
        revision: short(step.to),
        file: '',
        direction: step.direction,
        label: `${short(step.from)} -> ${short(step.to)}`,
        from: [...step.from],
        to: [...step.to],
        message: '',
        changes,
        runScript: false,
      };
    }
    const rev = step.revision;
    const from = step.direction === 'up' ? short(rev.downRevisions) : rev.revision;
    const to = step.direction === 'up' ? rev.revision : short(rev.downRevisions);
    return {
      revision: rev.revision,
      file: rev.file,
      direction: step.direction,
      label: `${from} -> ${to}${rev.message ? `, ${rev.message}` : ''}`,
      from: step.direction === 'up' ? [...rev.downRevisions] : [rev.revision],
      to: step.direction === 'up' ? [rev.revision] : [...rev.downRevisions],
      message: rev.message,
      changes,
      runScript: true,
      checksums: step.direction === 'up' ? { record: [{ revision: rev.revision, file: rev.file }], forget: [] } : { record: [], forget: [rev.revision] },
    };
  });
}
