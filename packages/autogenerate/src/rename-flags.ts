import { RetortError } from '@retort/errors';
import type { ColumnRename, QualifiedName, RenameCandidates, TableRename } from '@retort/diff';

export interface RenameAnswers {
  tables: TableRename[];
  columns: ColumnRename[];
  /** Pairs answered "created" (a prompt): new objects, not undecided ones, so no hazard. */
  createdTables?: QualifiedName[];
  createdColumns?: { table: QualifiedName; name: string }[];
}

const bad = (flag: string, text: string, form: string) =>
  new RetortError('BAD_ARGUMENT', `${flag} ${text}: expected ${form}.`, {
    hint: `For example: ${flag} ${flag === '--rename-table' ? 'app.tasks=todos' : 'tasks.title=name'} (names containing '.' or '=' cannot be given this way).`,
    exitCode: 2,
  });

/** `--rename-table [schema.]old=new` */
export function parseTableRename(text: string): TableRename {
  const [left, to, ...rest] = text.split('=');
  const parts = left ? left.split('.') : [];
  if (!to || rest.length || parts.length < 1 || parts.length > 2 || parts.some((p) => !p)) throw bad('--rename-table', text, '[schema.]old=new');
  const [schema, from] = parts.length === 2 ? (parts as [string, string]) : ['public', parts[0]!];
  return { from: { schema, name: from }, to: { schema, name: to } };
}

/** `--rename-column [schema.]table.old=new` (table: its name in the model) */
export function parseColumnRename(text: string): ColumnRename {
  const [left, to, ...rest] = text.split('=');
  const parts = left ? left.split('.') : [];
  if (!to || rest.length || parts.length < 2 || parts.length > 3 || parts.some((p) => !p)) throw bad('--rename-column', text, '[schema.]table.old=new');
  const [schema, table, from] = parts.length === 3 ? (parts as [string, string, string]) : ['public', parts[0]!, parts[1]!];
  return { table: { schema, name: table }, from, to };
}

/** Each flag must name a real dropped/added pair; a typo must not silently become drop + add. */
export function assertRenamesMatch(answers: RenameAnswers, candidates: RenameCandidates): void {
  const q = (n: { schema: string; name: string }) => `${n.schema}.${n.name}`;
  const unmatched = [
    ...answers.tables
      .filter((r) => !candidates.tables.some((c) => q(c.added) === q(r.to) && c.dropped.some((d) => q(d) === q(r.from))))
      .map((r) => `--rename-table ${q(r.from)}=${r.to.name}`),
    ...answers.columns
      .filter((r) => !candidates.columns.some((c) => q(c.table) === q(r.table) && c.added === r.to && c.dropped.includes(r.from)))
      .map((r) => `--rename-column ${q(r.table)}.${r.from}=${r.to}`),
  ];
  if (unmatched.length) {
    throw new RetortError('UNUSED_RENAME', `No matching dropped/added pair for ${unmatched.join(', ')}.`, {
      hint: 'A rename needs the old name in the database and the new name in the model; `retort check` lists the changes.',
      exitCode: 2,
    });
  }
}
