import { applyStepToHeads } from '../graph/head-maintainer';
import type { MigrationStep, StampStep } from '../graph/migration-step';
import type { RevisionGraph } from '../graph/revision-graph';
import type { PlannedStep } from '../migrator/run-migrations';

const short = (ids: readonly string[]) => (ids.length ? ids.join(', ') : '<base>');

/** Turns planner steps into runner steps, threading the version-table heads through them. */
export function toPlannedSteps(graph: RevisionGraph, heads: readonly string[], steps: readonly (MigrationStep | StampStep)[]): PlannedStep[] {
  let current = [...heads];
  return steps.map((step) => {
    const { heads: next, changes } = applyStepToHeads(graph, current, step);
    current = next;
    if (step.kind === 'stamp') {
      return {
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
    };
  });
}
