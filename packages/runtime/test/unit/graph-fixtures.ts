import { applyStepToHeads } from '../../src/graph/head-maintainer';
import type { MigrationStep, StampStep, VersionChange } from '../../src/graph/migration-step';
import { RevisionGraph } from '../../src/graph/revision-graph';
import type { RevisionNode } from '../../src/graph/revision-node';
import type { RevisionHeader } from '../../src/script/revision-header';

export interface RevisionSpec {
  down?: string | readonly string[] | null;
  labels?: string | readonly string[];
  dependsOn?: string | readonly string[];
}

const list = (value: string | readonly string[] | null | undefined): string[] =>
  value === null || value === undefined ? [] : typeof value === 'string' ? [value] : [...value];

/** A header as the script directory would produce it (file `versions/<id>.ts`). */
export function header(revision: string, spec: RevisionSpec = {}): RevisionHeader {
  return {
    revision,
    downRevisions: list(spec.down),
    branchLabels: list(spec.labels),
    dependsOn: list(spec.dependsOn),
    message: `${revision} message`,
    doc: `${revision} message`,
    createDate: null,
    file: `versions/${revision}.ts`,
  };
}

/** `[id, down?, spec?]` tuples in file order, like Alembic's `Revision('b', ('a',))`. */
export type RevisionRow = [
  string,
  (string | readonly string[] | null)?,
  Omit<RevisionSpec, 'down'>?,
];

export function graphOf(rows: readonly RevisionRow[]): RevisionGraph {
  return RevisionGraph.fromHeaders(
    rows.map(([id, down, spec]) => header(id, { ...spec, down: down ?? null })),
  );
}

export const ids = (nodes: readonly RevisionNode[]): string[] => nodes.map((node) => node.id);

/** Steps as `+id` (up) / `-id` (down). */
export const stepNames = (steps: readonly MigrationStep[]): string[] =>
  steps.map((step) => `${step.direction === 'up' ? '+' : '-'}${step.revision.revision}`);

/** Applies steps from `heads`, like Alembic's HeadMaintainer over a mock connection. */
export function runSteps(
  graph: RevisionGraph,
  heads: readonly string[],
  steps: readonly (MigrationStep | StampStep)[],
): { heads: string[]; changes: VersionChange[] } {
  let current = [...heads];
  const changes: VersionChange[] = [];
  for (const step of steps) {
    const next = applyStepToHeads(graph, current, step);
    current = next.heads;
    changes.push(...next.changes);
  }
  return { heads: [...current].sort(), changes };
}

export const sorted = (values: Iterable<string>): string[] => [...values].sort();

/** Alembic's MigrationTest._assert_upgrade / _assert_downgrade: the steps, then the heads after them. */
export function planAndRun(
  graph: RevisionGraph,
  plan: (graph: RevisionGraph, heads: readonly string[], target: string) => MigrationStep[],
  target: string,
  source: readonly string[],
): { steps: string[]; heads: string[] } {
  const steps = plan(graph, source, target);
  return { steps: stepNames(steps), heads: runSteps(graph, source, steps).heads };
}
