import { graphError } from './revision-errors';

/**
 * The identifier grammar (Alembic's): full ids and unique prefixes, branch labels, `head`,
 * `heads`, `base`, `branch@<id|head|heads|base>`, relative `+N`/`-N` (from the current
 * heads), `<id|head|base>+N`/`-N`, `branch@+N`, `branch@head-N`; ranges `A:B` for history
 * and offline SQL, where `current` stands for the database's heads.
 */
export type RevisionIdentifier =
  | {
      readonly kind: 'relative';
      readonly branch: string | null;
      readonly symbol: string | null;
      readonly steps: number;
    }
  | { readonly kind: 'absolute'; readonly branch: string | null; readonly symbol: string };

/** Alembic's `_relative_destination`, anchored at both ends. */
const RELATIVE = /^(?:(.+?)@)?(\w+)?([+-]\d+)$/;

export interface RelativeMatch {
  readonly branch: string | null;
  readonly symbol: string | null;
  /** As written, with its sign (`+2`, `-1`). */
  readonly relative: string;
  readonly steps: number;
}

export function matchRelative(text: string): RelativeMatch | null {
  const m = RELATIVE.exec(text);
  if (m === null) return null;
  const relative = m[3] as string;
  return { branch: m[1] || null, symbol: m[2] ?? null, relative, steps: Number(relative) };
}

/** Classifies an identifier without a graph (for validation and messages). */
export function parseRevisionIdentifier(text: string): RevisionIdentifier {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.includes(':')) {
    throw graphError(
      'BAD_REVISION_IDENTIFIER',
      `'${text}' is not a revision identifier.`,
      IDENTIFIER_HINT,
    );
  }
  const relative = matchRelative(trimmed);
  if (relative !== null)
    return {
      kind: 'relative',
      branch: relative.branch,
      symbol: relative.symbol,
      steps: relative.steps,
    };
  const at = trimmed.lastIndexOf('@');
  const symbol = trimmed.slice(at + 1);
  if (symbol === '')
    throw graphError(
      'BAD_REVISION_IDENTIFIER',
      `'${text}' names a branch but no revision after '@'.`,
      IDENTIFIER_HINT,
    );
  return { kind: 'absolute', branch: at > 0 ? trimmed.slice(0, at) : null, symbol };
}

export interface RevisionRange {
  /** The older end (`base` when omitted). */
  readonly lower: string | null;
  /** The newer end (`heads` when omitted). */
  readonly upper: string | null;
}

/** `A:B`, `A:` or `:B` (history -r, offline `--sql` ranges). Either side may be `current`. */
export function parseRevisionRange(text: string): RevisionRange {
  const parts = text.trim().split(':');
  if (parts.length !== 2) {
    throw graphError(
      'BAD_REVISION_RANGE',
      `'${text}' is not a revision range.`,
      'A range is written [start]:[end], [start]: or :[end], e.g. `base:head`, `ae10:`, `-3:current`.',
    );
  }
  const [lower, upper] = parts as [string, string];
  return { lower: lower.trim() || null, upper: upper.trim() || null };
}

const IDENTIFIER_HINT =
  'Use a revision id or unique prefix, a branch label, head, heads, base, +N, -N, <rev>+N, <branch>@head or <branch>@+N.';
