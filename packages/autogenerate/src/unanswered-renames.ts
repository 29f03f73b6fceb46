import { RetortError } from '@retort/errors';
import type { QualifiedName, RenameCandidates } from '@retort/diff';

const q = (n: QualifiedName) => `${n.schema}.${n.name}`;

/** One line per open question: what was added, what it may have been, the flag that says so. */
export function questionLines(open: RenameCandidates): string[] {
  const objects = (kind: string, flag: string, list: RenameCandidates['tables']) =>
    list.map(
      (c) =>
        `${kind} ${q(c.added)}: created, or renamed from ${c.dropped.map(q).join(' | ')}? (--${flag} ${q(c.dropped[0]!)}=${q(c.added)})`,
    );
  return [
    ...open.schemas.map(
      (c) =>
        `schema ${c.added}: created, or renamed from ${c.dropped.join(' | ')}? (--rename-schema ${c.dropped[0]!}=${c.added})`,
    ),
    ...objects('table', 'rename-table', open.tables),
    ...objects('enum', 'rename-enum', open.enums),
    ...objects('sequence', 'rename-sequence', open.sequences),
    ...open.columns.map(
      (c) =>
        `column ${q(c.table)}.${c.added}: created, or renamed from ${c.dropped.join(' | ')}? (--rename-column ${q(c.table)}.${c.dropped[0]!}=${c.added})`,
    ),
  ];
}

/** A non-interactive run never guesses drop + create for a possible rename. */
export function unansweredRenamesError(open: RenameCandidates): RetortError {
  const lines = questionLines(open);
  return new RetortError(
    'UNANSWERED_RENAMES',
    `${lines.length} possible rename${lines.length === 1 ? ' is' : 's are'} unanswered, and this run cannot ask:\n${lines.map((l) => `  - ${l}`).join('\n')}`,
    {
      hint: 'Answer each with its --rename-* flag, or in a --renames FILE (JSON; list new objects under "created" to drop and create instead; see docs/renames.md), or run in a terminal without --no-interactive to be asked.',
      exitCode: 2,
    },
  );
}
