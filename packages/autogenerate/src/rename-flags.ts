import { RetortError } from '@retort/errors';
import type {
  ColumnRename,
  ObjectRename,
  QualifiedName,
  RenameCandidates,
  SchemaRename,
} from '@retort/diff';
import type { RenameAnswers } from './rename-answers';

export type { RenameAnswers } from './rename-answers';

const EXAMPLES: Record<string, string> = {
  '--rename-schema': 'shop=store',
  '--rename-table': 'app.tasks=todos (or app.tasks=archive.tasks to move it)',
  '--rename-enum': 'mood=app.feeling',
  '--rename-sequence': 'counter=app.counter',
  '--rename-column': 'tasks.title=name',
};

const bad = (flag: string, text: string, form: string) =>
  new RetortError('BAD_ARGUMENT', `${flag} ${text}: expected ${form}.`, {
    hint: `For example: ${flag} ${EXAMPLES[flag] ?? ''} (names containing '.' or '=' cannot be given this way).`,
    exitCode: 2,
  });

const parts = (text: string | undefined) => (text ? text.split('.') : []);
const valid = (p: string[], min: number, max: number) =>
  p.length >= min && p.length <= max && p.every((x) => x !== '');

/** `[schema.]old=[schema.]new` for tables, enums and sequences; a bare new name keeps the schema. */
export function parseObjectRename(flag: string, text: string): ObjectRename {
  const [left, right, ...rest] = text.split('=');
  const from = parts(left);
  const to = parts(right);
  if (rest.length || !valid(from, 1, 2) || !valid(to, 1, 2))
    throw bad(flag, text, '[schema.]old=[schema.]new');
  const fromName: QualifiedName =
    from.length === 2 ? { schema: from[0]!, name: from[1]! } : { schema: 'public', name: from[0]! };
  const toName: QualifiedName =
    to.length === 2 ? { schema: to[0]!, name: to[1]! } : { schema: fromName.schema, name: to[0]! };
  return { from: fromName, to: toName };
}

/** `--rename-table [schema.]old=[schema.]new` */
export function parseTableRename(text: string): ObjectRename {
  return parseObjectRename('--rename-table', text);
}

/** `--rename-schema old=new` */
export function parseSchemaRename(text: string): SchemaRename {
  const [from, to, ...rest] = text.split('=');
  if (!from || !to || rest.length || from.includes('.') || to.includes('.'))
    throw bad('--rename-schema', text, 'old=new');
  return { from, to };
}

/** `--rename-column [schema.]table.old=new` (table: its name in the model) */
export function parseColumnRename(text: string): ColumnRename {
  const [left, to, ...rest] = text.split('=');
  const p = parts(left);
  if (!to || rest.length || !valid(p, 2, 3))
    throw bad('--rename-column', text, '[schema.]table.old=new');
  const [schema, table, from] =
    p.length === 3 ? (p as [string, string, string]) : ['public', p[0]!, p[1]!];
  return { table: { schema, name: table }, from, to };
}

const q = (n: QualifiedName) => `${n.schema}.${n.name}`;
const same = (a: QualifiedName, b: QualifiedName) => q(a) === q(b);

/**
 * Each answer must name a real question (an added object and one of its dropped candidates):
 * a typo must not silently become drop + add. `candidates` are the questions asked at the
 * answer's stage (see compareWithDatabase).
 */
export function assertRenamesMatch(answers: RenameAnswers, candidates: RenameCandidates): void {
  const schemaMoved = (n: QualifiedName): QualifiedName => {
    const r = (answers.schemas ?? []).find((s) => s.from === n.schema);
    return r === undefined ? n : { schema: r.to, name: n.name };
  };
  const objects = (
    flag: string,
    list: ObjectRename[] | undefined,
    asked: RenameCandidates['tables'],
  ) =>
    (list ?? [])
      .filter(
        (r) =>
          !asked.some(
            (c) =>
              same(c.added, r.to) &&
              c.dropped.some((d) => same(d, r.from) || same(d, schemaMoved(r.from))),
          ),
      )
      .map((r) => `${flag} ${q(r.from)}=${q(r.to)}`);
  const created = (
    what: string,
    list: QualifiedName[] | undefined,
    asked: RenameCandidates['tables'],
  ) =>
    (list ?? [])
      .filter((n) => !asked.some((c) => same(c.added, n)))
      .map((n) => `"created" ${what} ${q(n)}`);
  const unmatched = [
    ...(answers.schemas ?? [])
      .filter(
        (r) => !candidates.schemas.some((c) => c.added === r.to && c.dropped.includes(r.from)),
      )
      .map((r) => `--rename-schema ${r.from}=${r.to}`),
    ...(answers.createdSchemas ?? [])
      .filter((s) => !candidates.schemas.some((c) => c.added === s))
      .map((s) => `"created" schema ${s}`),
    ...objects('--rename-table', answers.tables, candidates.tables),
    ...created('table', answers.createdTables, candidates.tables),
    ...objects('--rename-enum', answers.enums, candidates.enums),
    ...created('enum', answers.createdEnums, candidates.enums),
    ...objects('--rename-sequence', answers.sequences, candidates.sequences),
    ...created('sequence', answers.createdSequences, candidates.sequences),
    ...answers.columns
      .filter(
        (r) =>
          !candidates.columns.some(
            (c) => same(c.table, r.table) && c.added === r.to && c.dropped.includes(r.from),
          ),
      )
      .map((r) => `--rename-column ${q(r.table)}.${r.from}=${r.to}`),
    ...(answers.createdColumns ?? [])
      .filter((x) => !candidates.columns.some((c) => same(c.table, x.table) && c.added === x.name))
      .map((x) => `"created" column ${q(x.table)}.${x.name}`),
  ];
  if (unmatched.length) {
    throw new RetortError(
      'UNUSED_RENAME',
      `No matching dropped/added pair for ${unmatched.join(', ')}.`,
      {
        hint: 'A rename needs the old name in the database and the new name in the model, with the same definition for enums and sequences; `retort check` lists the changes.',
        exitCode: 2,
      },
    );
  }
}
