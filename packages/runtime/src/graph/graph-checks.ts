import type { RevisionHeader } from '../script/revision-header';
import {
  iterateRelated,
  type RevisionMap,
  viaAllDown,
  viaAllNext,
  viaDown,
  viaNext,
} from './graph-traversal';
import { graphError } from './revision-errors';
import type { Revision } from './revision-node';

const CYCLE_HINT =
  'Fix `downRevision`/`dependsOn` in the files named so that every chain ends at a base revision.';

/** A revision that names itself as its down revision or dependency (Alembic's self-loop checks). */
export function checkSelfLoop(header: RevisionHeader): void {
  const self = header.revision;
  if (header.downRevisions.includes(self) || header.dependsOn.includes(self)) {
    const kind = header.downRevisions.includes(self) ? 'Self-loop' : 'Dependency self-loop';
    throw graphError(
      'REVISION_CYCLE',
      `${kind} is detected in revisions (${self}): ${header.file} names itself.`,
      CYCLE_HINT,
    );
  }
}

/**
 * Alembic's `_detect_cycles`: every revision must lie on a path from a head down to a base,
 * first along `downRevision`, then along `downRevision` + `dependsOn`.
 */
export function checkCycles(
  map: RevisionMap,
  heads: readonly Revision[],
  bases: readonly Revision[],
  realHeads: readonly Revision[],
  realBases: readonly Revision[],
): void {
  if (map.size === 0) return;
  const stranded = (
    down: readonly Revision[],
    up: readonly Revision[],
    viaD: typeof viaDown,
    viaU: typeof viaNext,
  ) => {
    if (down.length === 0 || up.length === 0) return [...map.values()];
    const fromHeads = new Set(iterateRelated(viaD, down));
    const fromBases = new Set(iterateRelated(viaU, up));
    return [...map.values()].filter((rev) => !(fromHeads.has(rev) && fromBases.has(rev)));
  };
  const cycle = stranded(heads, bases, viaDown, viaNext);
  if (cycle.length > 0) throw cycleError('Cycle', cycle);
  const dependencyCycle = stranded(realHeads, realBases, viaAllDown, viaAllNext);
  if (dependencyCycle.length > 0) throw cycleError('Dependency cycle', dependencyCycle);
}

function cycleError(kind: string, revisions: readonly Revision[]): Error {
  const sorted = [...revisions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const files = sorted.slice(0, 20).map((rev) => `  ${rev.id} (${rev.header.file})`);
  if (sorted.length > 20) files.push(`  … and ${sorted.length - 20} more`);
  return graphError(
    'REVISION_CYCLE',
    `${kind} is detected in revisions (${sorted
      .slice(0, 20)
      .map((r) => r.id)
      .join(', ')}${sorted.length > 20 ? ', …' : ''}):\n${files.join('\n')}`,
    CYCLE_HINT,
  );
}
