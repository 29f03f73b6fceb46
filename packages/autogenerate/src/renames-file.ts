import { RetortError } from '@retort/errors';
import type { QualifiedName } from '@retort/diff';
import type { RenameAnswers } from './rename-answers';
import { parseColumnRename, parseObjectRename, parseSchemaRename } from './rename-flags';

const KINDS = ['schemas', 'tables', 'enums', 'sequences', 'columns'] as const;
type Kind = (typeof KINDS)[number];

const EXAMPLE =
  '{ "tables": { "public.users": "app.members" }, "created": { "tables": ["app.audit"] } }';

function fail(file: string, detail: string): never {
  throw new RetortError('BAD_RENAMES_FILE', `${file}: ${detail}`, {
    hint: `The file holds old → new maps by kind and the objects that are new, e.g. ${EXAMPLE} (docs/renames.md).`,
    exitCode: 2,
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function qualified(file: string, where: string, text: string): QualifiedName {
  const p = text.split('.');
  if (p.length > 2 || p.some((x) => x === ''))
    fail(file, `${where}: "${text}" is not [schema.]name.`);
  return p.length === 2 ? { schema: p[0]!, name: p[1]! } : { schema: 'public', name: p[0]! };
}

function column(file: string, where: string, text: string): { table: QualifiedName; name: string } {
  const p = text.split('.');
  if (p.length < 2 || p.length > 3 || p.some((x) => x === ''))
    fail(file, `${where}: "${text}" is not [schema.]table.column.`);
  return p.length === 3
    ? { table: { schema: p[0]!, name: p[1]! }, name: p[2]! }
    : { table: { schema: 'public', name: p[0]! }, name: p[1]! };
}

function renames(file: string, answers: RenameAnswers, kind: Kind, map: unknown): void {
  if (map === undefined) return;
  if (!isObject(map)) fail(file, `"${kind}" must be an object of "old": "new" entries.`);
  for (const [from, to] of Object.entries(map)) {
    if (typeof to !== 'string') fail(file, `"${kind}"."${from}" must be a string (the new name).`);
    try {
      const text = `${from}=${to}`;
      if (kind === 'schemas') (answers.schemas ??= []).push(parseSchemaRename(text));
      else if (kind === 'columns') answers.columns.push(parseColumnRename(text));
      else if (kind === 'tables') answers.tables.push(parseObjectRename(`"${kind}"`, text));
      else (answers[kind] ??= []).push(parseObjectRename(`"${kind}"`, text));
    } catch (error) {
      if (error instanceof RetortError)
        fail(file, `"${kind}": ${error.message.replace(/^--rename-\w+ /, '')}`);
      throw error;
    }
  }
}

function created(file: string, answers: RenameAnswers, value: unknown): void {
  if (value === undefined) return;
  if (!isObject(value)) fail(file, '"created" must be an object of lists, by kind.');
  for (const [kind, list] of Object.entries(value)) {
    if (!(KINDS as readonly string[]).includes(kind))
      fail(file, `"created"."${kind}" is not one of ${KINDS.join(', ')}.`);
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string'))
      fail(file, `"created"."${kind}" must be a list of names.`);
    const where = `"created"."${kind}"`;
    for (const name of list as string[]) {
      if (kind === 'schemas') (answers.createdSchemas ??= []).push(name);
      else if (kind === 'columns') (answers.createdColumns ??= []).push(column(file, where, name));
      else if (kind === 'tables') (answers.createdTables ??= []).push(qualified(file, where, name));
      else if (kind === 'enums') (answers.createdEnums ??= []).push(qualified(file, where, name));
      else (answers.createdSequences ??= []).push(qualified(file, where, name));
    }
  }
}

/**
 * The answers file of `--renames FILE` (JSON): `{ "schemas" | "tables" | "enums" | "sequences"
 * | "columns": { old: new }, "created": { kind: [names] } }`. Names are `[schema.]name`
 * (columns `[schema.]table.column`, by the table's new name); a new name without a schema
 * keeps the old one's. Every question must be answered by a rename or a "created" entry.
 */
export function parseRenamesFile(text: string, file: string): RenameAnswers {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(file, `not valid JSON (${(error as Error).message}).`);
  }
  if (!isObject(data)) fail(file, 'expected a JSON object.');
  for (const key of Object.keys(data))
    if (key !== 'created' && key !== '$schema' && !(KINDS as readonly string[]).includes(key))
      fail(file, `unknown key "${key}" (expected ${KINDS.join(', ')}, created).`);
  const answers: RenameAnswers = { tables: [], columns: [] };
  for (const kind of KINDS) renames(file, answers, kind, data[kind]);
  created(file, answers, data.created);
  return answers;
}
