import { RetortError, isRetortError } from '@retort/errors';
import { graphError, type RevisionArg } from './revision-errors';
import type { RevisionGraph } from './revision-graph';
import type { Revision } from './revision-node';
import { getRevision, getRevisions } from './revision-resolver';

export interface NewRevisionOptions {
  /** What the new revision revises: `head` (default), `heads`/several ids (a merge), `base`, `branch@head`, an id. */
  readonly head?: RevisionArg;
  /** Allow basing it on a revision that is not a head (starts a new branch). */
  readonly splice?: boolean;
  /** `--depends-on`: ids, prefixes or branch labels. */
  readonly dependsOn?: readonly string[];
}

/**
 * Alembic's `generate_revision` checks, for `revision` and `merge`: the new file's
 * `downRevision` (full ids; [] for a new base) and `dependsOn` (prefixes resolved to ids,
 * branch labels kept as written).
 */
export function resolveNewRevisionParents(
  graph: RevisionGraph,
  options: NewRevisionOptions = {},
): { downRevisions: string[]; dependsOn: string[] } {
  let parents: Revision[];
  try {
    parents = getRevisions(graph, options.head ?? 'head').filter(
      (rev): rev is Revision => rev !== null && rev !== 'base',
    );
  } catch (error) {
    if (!isRetortError(error) || error.code !== 'MULTIPLE_HEADS') throw error;
    throw new RetortError(
      'MULTIPLE_HEADS',
      'Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge.',
      {
        hint: 'Run `retort heads`, then `retort merge heads` or `retort revision --head <rev>`.',
        cause: error,
      },
    );
  }
  if (new Set(parents).size !== parents.length)
    throw graphError('DUPLICATE_HEAD', 'Duplicate head revisions specified.', 'Name each head once.');
  if (options.splice !== true) {
    const inner = parents.find((rev) => !rev.isHead);
    if (inner !== undefined) {
      throw graphError(
        'NOT_A_HEAD',
        `Revision ${inner.id} is not a head revision.`,
        'Pass --splice to create a new branch from this revision.',
      );
    }
  }
  const dependsOn = (options.dependsOn ?? []).map((dep) => {
    const rev = getRevision(graph, dep) as Revision;
    return rev.branchLabels.has(dep) ? dep : rev.id;
  });
  return { downRevisions: parents.map((rev) => rev.id), dependsOn };
}
