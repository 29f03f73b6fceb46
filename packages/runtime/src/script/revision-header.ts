import { RetortError } from '@retort/errors';
import { docField, readLeadingDocComment } from './doc-comment';
import { type HeaderLiteral, type ScanResult, readLiteral } from './literal-scanner';

/** What the script directory knows about a migration file without importing it. */
export interface RevisionHeader {
  readonly revision: string;
  /** `downRevision` as a list: [] for a base, two or more for a merge. */
  readonly downRevisions: readonly string[];
  readonly branchLabels: readonly string[];
  /** `dependsOn` as written: ids, unique prefixes or branch labels. */
  readonly dependsOn: readonly string[];
  /** First line of the leading doc comment ('' when there is none). */
  readonly message: string;
  /** The whole leading doc comment, without the `*` gutter. */
  readonly doc: string;
  /** `Create Date:` from the doc comment, as written, or null. */
  readonly createDate: string | null;
  readonly file: string;
}

export const HEADER_EXPORTS = ['revision', 'downRevision', 'branchLabels', 'dependsOn'] as const;
export type HeaderExport = (typeof HEADER_EXPORTS)[number];

const EXPORT_RE =
  /^[ \t]*export[ \t]+(?:const|let|var)[ \t]+(revision|downRevision|branchLabels|dependsOn)\b/gm;

/** Finds the four header exports (first occurrence of each) and scans their literal values. */
export function scanHeaderExports(text: string, from = 0): Map<HeaderExport, ScanResult> {
  const found = new Map<HeaderExport, ScanResult>();
  EXPORT_RE.lastIndex = from;
  for (let m = EXPORT_RE.exec(text); m !== null && found.size < 4; m = EXPORT_RE.exec(text)) {
    const name = m[1] as HeaderExport;
    if (found.has(name)) continue;
    const eq = findAssignment(text, m.index + m[0].length);
    found.set(
      name,
      eq === -1 ? { ok: false, problem: 'a declaration without `=`' } : readLiteral(text, eq + 1),
    );
  }
  return found;
}

/** Index of the `=` after `name` and an optional type annotation, or -1. */
function findAssignment(text: string, pos: number): number {
  for (let i = pos; i < text.length; i++) {
    const ch = text[i];
    if (ch === '=' && text[i + 1] !== '>') return i;
    if (ch === ';') return -1;
  }
  return -1;
}

/**
 * Reads the literal header exports of a migration file from its text (never imports it).
 * Throws BAD_REVISION_FILE naming the file when `revision` is missing or a value is not a literal.
 */
export function parseRevisionHeader(text: string, file: string): RevisionHeader {
  const doc = readLeadingDocComment(text);
  return buildHeader(scanHeaderExports(text, doc.end), doc.text, file);
}

export function buildHeader(
  found: Map<HeaderExport, ScanResult>,
  doc: string,
  file: string,
): RevisionHeader {
  const value = (name: HeaderExport): HeaderLiteral => {
    const result = found.get(name);
    if (result === undefined) return null;
    if (!result.ok)
      throw badFile(file, `\`${name}\` must be a literal, but its value is ${result.problem}`);
    return result.value;
  };
  if (!found.has('revision')) throw badFile(file, "it has no `export const revision = '<id>'`");
  const revision = value('revision');
  if (typeof revision !== 'string') throw badFile(file, '`revision` must be a string literal');
  checkId(revision, 'revision', file);
  const downRevisions = list(value('downRevision'));
  const branchLabels = list(value('branchLabels'));
  const dependsOn = list(value('dependsOn'));
  downRevisions.forEach((id) => checkId(id, 'downRevision', file));
  branchLabels.forEach((label) => checkId(label, 'branchLabels', file, LABEL_ILLEGAL));
  return {
    revision,
    downRevisions,
    branchLabels,
    dependsOn,
    message: doc.split('\n')[0]?.trim() ?? '',
    doc,
    createDate: docField(doc, 'Create Date'),
    file,
  };
}

function list(value: HeaderLiteral): string[] {
  if (value === null) return [];
  return typeof value === 'string' ? [value] : [...new Set(value)];
}

/** Alembic's rule: revision ids may not contain `@ - + :` (they are grammar); nor whitespace. */
const ID_ILLEGAL = /[@+:\s-]/;
/** Branch labels only need to stay clear of `@`, `:` and whitespace. */
const LABEL_ILLEGAL = /[@:\s]/;

function checkId(id: string, what: string, file: string, illegal = ID_ILLEGAL): void {
  const bad = illegal.exec(id);
  if (id === '' || bad !== null) {
    const char = bad === null ? '' : bad[0].trim() === '' ? 'whitespace' : `'${bad[0]}'`;
    const detail = id === '' ? 'contains an empty identifier' : `'${id}' contains ${char}`;
    const rule =
      illegal === ID_ILLEGAL
        ? 'revision ids may not contain @ - + : or whitespace'
        : 'branch labels may not contain @ : or whitespace';
    throw badFile(file, `\`${what}\` ${detail}; ${rule}`);
  }
}

function badFile(file: string, problem: string): RetortError {
  return new RetortError(
    'BAD_REVISION_FILE',
    `Cannot read the revision header of ${file}: ${problem}.`,
    {
      hint:
        'Migration files must keep their header exports as literal constants, e.g. ' +
        "`export const revision = '3f9a1c2b7d4e';` and `export const downRevision = '8c1d0e2f3a4b';` (or null).",
    },
  );
}
