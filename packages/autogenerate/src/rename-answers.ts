import {
  fixedRenameResolvers,
  type ColumnRename,
  type ObjectRename,
  type QualifiedName,
  type RenameCandidates,
  type RenameResolvers,
  type SchemaRename,
  type TableRename,
} from '@retort/diff';

/** Rename answers from flags, an answers file or the prompt. Names are the database's. */
export interface RenameAnswers {
  schemas?: SchemaRename[];
  tables: TableRename[];
  enums?: ObjectRename[];
  sequences?: ObjectRename[];
  columns: ColumnRename[];
  /** Questions answered "created" (not a rename: drop + create), so no question is left open. */
  createdSchemas?: string[];
  createdTables?: QualifiedName[];
  createdEnums?: QualifiedName[];
  createdSequences?: QualifiedName[];
  createdColumns?: { table: QualifiedName; name: string }[];
}

const LIST_KEYS = [
  'schemas',
  'tables',
  'enums',
  'sequences',
  'columns',
  'createdSchemas',
  'createdTables',
  'createdEnums',
  'createdSequences',
  'createdColumns',
] as const;

export function mergeAnswers(a: RenameAnswers, b: RenameAnswers): RenameAnswers {
  const out: Record<string, unknown[]> = {};
  for (const k of LIST_KEYS) out[k] = [...(a[k] ?? []), ...(b[k] ?? [])];
  return out as unknown as RenameAnswers;
}

const same = (a: QualifiedName, b: QualifiedName) => a.schema === b.schema && a.name === b.name;

/** The questions that neither a rename nor a "created" answer settles. */
export function openQuestions(
  candidates: RenameCandidates,
  answers: RenameAnswers,
): RenameCandidates {
  const created = (list: QualifiedName[] | undefined) => (c: { added: QualifiedName }) =>
    !(list ?? []).some((n) => same(n, c.added));
  return {
    schemas: candidates.schemas.filter((c) => !(answers.createdSchemas ?? []).includes(c.added)),
    tables: candidates.tables.filter(created(answers.createdTables)),
    enums: candidates.enums.filter(created(answers.createdEnums)),
    sequences: candidates.sequences.filter(created(answers.createdSequences)),
    // a column answered by a rename is settled, and its old column is no longer a candidate
    columns: candidates.columns
      .filter((c) => !answers.columns.some((r) => same(r.table, c.table) && r.to === c.added))
      .filter(
        (c) =>
          !(answers.createdColumns ?? []).some((x) => same(x.table, c.table) && x.name === c.added),
      )
      .map((c) => ({
        ...c,
        dropped: c.dropped.filter(
          (d) => !answers.columns.some((r) => same(r.table, c.table) && r.from === d),
        ),
      }))
      .filter((c) => c.dropped.length > 0),
  };
}

export function countQuestions(c: RenameCandidates): number {
  return (
    c.schemas.length + c.tables.length + c.enums.length + c.sequences.length + c.columns.length
  );
}

/** The listed renames; questions answered "created" resolve to null (new); the rest stay undecided. */
export function answeredResolvers(answers: RenameAnswers): RenameResolvers {
  const fixed = fixedRenameResolvers(answers);
  const isNew = (list: QualifiedName[] | undefined, added: QualifiedName) =>
    (list ?? []).some((t) => same(t, added)) ? null : undefined;
  return {
    schema: (added, candidates) =>
      fixed.schema(added, candidates) ??
      ((answers.createdSchemas ?? []).includes(added) ? null : undefined),
    table: (added, candidates) =>
      fixed.table(added, candidates) ?? isNew(answers.createdTables, added),
    enum: (added, candidates) =>
      fixed.enum(added, candidates) ?? isNew(answers.createdEnums, added),
    sequence: (added, candidates) =>
      fixed.sequence(added, candidates) ?? isNew(answers.createdSequences, added),
    column: (table, added, candidates) =>
      fixed.column(table, added, candidates) ??
      ((answers.createdColumns ?? []).some((c) => same(c.table, table) && c.name === added)
        ? null
        : undefined),
  };
}
