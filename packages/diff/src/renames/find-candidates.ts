import type { QualifiedName, SchemaModel, Table } from '@retort/schema';
import type { DecidedRenames, RenameCandidates, TableRename } from '../types';
import {
  enumCandidates,
  objectDelta,
  objectRenames,
  schemaDelta,
  sequenceCandidates,
  withRenames,
  type Delta,
} from './object-candidates';

const key = (t: QualifiedName) => `${t.schema}.${t.name}`;

/** Dropped tables of the added table's schema first (a rename), then of other schemas (a move). */
export function tableCandidates(
  added: QualifiedName,
  dropped: readonly QualifiedName[],
): QualifiedName[] {
  const name = (t: QualifiedName): QualifiedName => ({ schema: t.schema, name: t.name });
  return [
    ...dropped.filter((d) => d.schema === added.schema),
    ...dropped.filter((d) => d.schema !== added.schema),
  ].map(name);
}

/** Dropped columns of the same table, those of the added column's type first. */
export function columnCandidates(
  current: Table,
  target: Table,
  added: string,
  dropped: readonly string[],
): string[] {
  const type = target.columns.find((c) => c.name === added)?.type;
  const typeOf = (name: string) => current.columns.find((c) => c.name === name)?.type;
  return [
    ...dropped.filter((d) => typeOf(d) === type),
    ...dropped.filter((d) => typeOf(d) !== type),
  ];
}

export function columnDelta(current: Table, target: Table): { added: string[]; dropped: string[] } {
  const currentNames = new Set(current.columns.map((c) => c.name));
  const targetNames = new Set(target.columns.map((c) => c.name));
  return {
    added: target.columns.filter((c) => !currentNames.has(c.name)).map((c) => c.name),
    dropped: current.columns.filter((c) => !targetNames.has(c.name)).map((c) => c.name),
  };
}

/** Pairs each target table with its current counterpart: same name, or renamed from. */
export function pairTables(
  current: SchemaModel,
  target: SchemaModel,
  renames: readonly TableRename[],
): [Table, Table][] {
  const byKey = new Map(current.tables.map((t) => [key(t), t]));
  const pairs: [Table, Table][] = [];
  for (const t of target.tables) {
    const rename = renames.find((r) => key(r.to) === key(t));
    const c = byKey.get(rename === undefined ? key(t) : key(rename.from));
    if (c !== undefined && (rename !== undefined || !renames.some((r) => key(r.from) === key(c))))
      pairs.push([c, t]);
  }
  return pairs;
}

type Question = { added: QualifiedName; dropped: QualifiedName[] };

/** The questions of one kind: each added object not yet decided, with its dropped candidates. */
function objectQuestions<T extends QualifiedName>(
  delta: Delta<T>,
  decided: readonly TableRename[],
  candidatesOf: (added: T, dropped: T[]) => QualifiedName[],
): Question[] {
  const from = new Set(decided.map((r) => key(r.from)));
  const to = new Set(decided.map((r) => key(r.to)));
  const dropped = delta.dropped.filter((d) => !from.has(key(d)));
  return delta.added
    .filter((a) => !to.has(key(a)))
    .map((a) => ({ added: { schema: a.schema, name: a.name }, dropped: candidatesOf(a, dropped) }))
    .filter((c) => c.dropped.length > 0);
}

/**
 * Every rename question left once `decided` is taken into account, for a CLI that asks before
 * it diffs: schemas; then tables, enums and sequences (with the decided schema renames
 * applied); then the columns of paired tables. Inputs must be scoped already.
 */
export function renameCandidates(
  current: SchemaModel,
  target: SchemaModel,
  decided: DecidedRenames,
): RenameCandidates {
  const schemaRenames = decided.schemas ?? [];
  const sd = schemaDelta(current, target);
  const dropped = sd.dropped.filter((d) => !schemaRenames.some((r) => r.from === d));
  const schemas = sd.added
    .filter((a) => !schemaRenames.some((r) => r.to === a))
    .map((added) => ({ added, dropped }))
    .filter((c) => c.dropped.length > 0);
  const working = withRenames(current, { schemas: schemaRenames });
  const tableRenames = objectRenames(decided.tables, schemaRenames);
  const tables = objectQuestions(
    objectDelta(working.tables, target.tables),
    tableRenames,
    tableCandidates,
  );
  const enums = objectQuestions(
    objectDelta(working.enums, target.enums),
    objectRenames(decided.enums, schemaRenames),
    enumCandidates,
  );
  const sequences = objectQuestions(
    objectDelta(working.sequences, target.sequences),
    objectRenames(decided.sequences, schemaRenames),
    sequenceCandidates,
  );
  const columns: RenameCandidates['columns'] = [];
  for (const [c, t] of pairTables(working, target, tableRenames)) {
    const d = columnDelta(c, t);
    if (d.dropped.length === 0) continue;
    for (const added of d.added) {
      columns.push({
        table: { schema: t.schema, name: t.name },
        added,
        dropped: columnCandidates(c, t, added, d.dropped),
      });
    }
  }
  return { schemas, tables, enums, sequences, columns };
}
