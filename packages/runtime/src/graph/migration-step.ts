import type { RevisionHeader } from '../script/revision-header';

/** Run one migration file's `upgrade()` or `downgrade()`. */
export interface MigrationStep {
  readonly kind: 'revision';
  readonly revision: RevisionHeader;
  readonly direction: 'up' | 'down';
}

/** Move the version table without running anything (`stamp`). */
export interface StampStep {
  readonly kind: 'stamp';
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly direction: 'up' | 'down';
  /** Starts a new branch (up) or removes a whole branch (down). */
  readonly branchMove: boolean;
}

/** One row change of the version table (one row per current head). */
export type VersionChange =
  | { readonly kind: 'insert'; readonly revision: string }
  | { readonly kind: 'update'; readonly from: string; readonly to: string }
  | { readonly kind: 'delete'; readonly revision: string };

export interface HeadsAfterStep {
  readonly heads: string[];
  /** The row changes, in the order to execute them. */
  readonly changes: VersionChange[];
}

export function upStep(revision: RevisionHeader): MigrationStep {
  return { kind: 'revision', revision, direction: 'up' };
}

export function downStep(revision: RevisionHeader): MigrationStep {
  return { kind: 'revision', revision, direction: 'down' };
}

/** Alembic's log line: `<from> -> <to>, <message>` (from/to without dependencies). */
export function describeStep(step: MigrationStep | StampStep): string {
  if (step.kind === 'stamp') return `${step.from.join(', ')} -> ${step.to.join(', ')}`;
  const { revision, downRevisions, message } = step.revision;
  const [from, to] =
    step.direction === 'up'
      ? [downRevisions.join(', '), revision]
      : [revision, downRevisions.join(', ')];
  return message === '' ? `${from} -> ${to}` : `${from} -> ${to}, ${message}`;
}
