import { RetortError } from '@retort/errors';

/** Identifier arguments as the grammar functions accept them (Alembic's `_RevisionIdentifierType`). */
export type RevisionArg = string | readonly string[] | null;

export function formatArg(arg: RevisionArg): string {
  if (arg === null) return 'base';
  if (typeof arg === 'string') return arg;
  return arg.length === 0 ? 'base' : arg.join(', ');
}

/** Every graph error says what to do next: the hint is required. */
export function graphError(code: string, message: string, hint: string): RetortError {
  return new RetortError(code, message, { hint });
}

export function multipleHeadsError(heads: readonly string[], argument: string): RetortError {
  return graphError(
    'MULTIPLE_HEADS',
    `Multiple head revisions are present for given argument '${argument}': ${heads.join(', ')}.`,
    'Run `retort heads` to see them and `retort merge heads` to merge them, or target one ' +
      `specifically ('<branch>@${argument.replace(/^.*@/, '')}', a revision id) or all of them with 'heads'.`,
  );
}

export function rangeNotAncestorError(lower: RevisionArg, upper: RevisionArg): RetortError {
  return graphError(
    'RANGE_NOT_ANCESTOR',
    `Revision ${formatArg(lower)} is not an ancestor of revision ${formatArg(upper)}.`,
    'Run `retort history` to see how the revisions relate.',
  );
}

export function relativeError(relative: string, steps: number): RetortError {
  return graphError(
    'RELATIVE_OUT_OF_RANGE',
    `Relative revision ${relative} goes ${Math.abs(steps)} revision${Math.abs(steps) === 1 ? '' : 's'} ${steps < 0 ? 'down' : 'up'}, but there ${Math.abs(steps) === 1 ? 'is none' : 'are not that many'}.`,
    'Run `retort history` and `retort current` to see how far you can move.',
  );
}

export function walkedTooFarError(target: string): RetortError {
  return graphError(
    'RELATIVE_OUT_OF_RANGE',
    `Relative revision ${target} walks past the end of the revision graph.`,
    'Run `retort history` to see how far you can move.',
  );
}
