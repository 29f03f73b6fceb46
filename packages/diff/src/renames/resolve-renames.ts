import { RetortError } from '@retort/errors';
import type { QualifiedName, SchemaModel } from '@retort/schema';
import type {
  ColumnRename,
  ObjectRename,
  RenameResolvers,
  SchemaRename,
  TableRename,
} from '../types';
import { columnCandidates, columnDelta, pairTables, tableCandidates } from './find-candidates';
import {
  enumCandidates,
  objectDelta,
  schemaDelta,
  sequenceCandidates,
  withRenames,
  type Delta,
} from './object-candidates';

const key = (t: QualifiedName) => `${t.schema}.${t.name}`;

/**
 * The answers, in the terms the diff applies them in: `from` of tables, enums and sequences
 * names the object once the schema renames ran.
 */
export interface ResolvedRenames {
  schemas: SchemaRename[];
  tables: TableRename[];
  enums: ObjectRename[];
  sequences: ObjectRename[];
  columns: ColumnRename[];
  /** Dropped table key → the added tables it might have become (no answer was given). */
  unresolvedTables: Map<string, string[]>;
  /** `schema.table.column` (target table name) → the added columns it might have become. */
  unresolvedColumns: Map<string, string[]>;
}

function invalid(what: string, answer: string, candidates: readonly string[]): never {
  throw new RetortError(
    'INVALID_RENAME',
    `The rename resolver answered ${answer} for ${what}, which is not one of its candidates (${candidates.join(', ') || 'none'}).`,
    {
      hint: 'Return one of the candidates, null for "new", or undefined for "unknown".',
    },
  );
}

function note(map: Map<string, string[]>, dropped: string, added: string): void {
  map.set(dropped, [...(map.get(dropped) ?? []), added]);
}

type Ask = (added: QualifiedName, candidates: QualifiedName[]) => QualifiedName | null | undefined;

/** Asks about each added object with dropped candidates; a dropped object is renamed once. */
function resolveObjects<T extends QualifiedName>(
  what: string,
  delta: Delta<T>,
  candidatesOf: (added: T, dropped: T[]) => QualifiedName[],
  ask: Ask | undefined,
): { renames: ObjectRename[]; unresolved: Map<string, string[]> } {
  let remaining = [...delta.dropped];
  const renames: ObjectRename[] = [];
  const unresolved = new Map<string, string[]>();
  for (const added of delta.added) {
    const candidates = candidatesOf(added, remaining);
    if (candidates.length === 0) continue;
    const to = { schema: added.schema, name: added.name };
    const answer = ask?.(to, candidates);
    if (answer === undefined) candidates.forEach((c) => note(unresolved, key(c), key(added)));
    if (answer === undefined || answer === null) continue;
    const from = candidates.find((c) => key(c) === key(answer));
    if (from === undefined) invalid(`${what} ${key(added)}`, key(answer), candidates.map(key));
    renames.push({ from, to });
    remaining = remaining.filter((d) => key(d) !== key(from));
  }
  for (const k of [...unresolved.keys()])
    if (!remaining.some((d) => key(d) === k)) unresolved.delete(k);
  return { renames, unresolved };
}

function resolveSchemas(delta: Delta<string>, resolvers: RenameResolvers): SchemaRename[] {
  let remaining = [...delta.dropped];
  const renames: SchemaRename[] = [];
  for (const added of delta.added) {
    if (remaining.length === 0) break;
    const answer = resolvers.schema?.(added, [...remaining]);
    if (answer === undefined || answer === null) continue;
    if (!remaining.includes(answer)) invalid(`schema ${added}`, answer, remaining);
    renames.push({ from: answer, to: added });
    remaining = remaining.filter((d) => d !== answer);
  }
  return renames;
}

/**
 * Asks the resolvers about every added schema, then every added table, enum and sequence
 * (in the schema-renamed model), then every added column of a paired table.
 */
export function resolveRenames(
  current: SchemaModel,
  target: SchemaModel,
  resolvers: RenameResolvers = {},
): ResolvedRenames {
  const schemas = resolveSchemas(schemaDelta(current, target), resolvers);
  const working = withRenames(current, { schemas });
  const tables = resolveObjects(
    'table',
    objectDelta(working.tables, target.tables),
    tableCandidates,
    resolvers.table?.bind(resolvers),
  );
  const enums = resolveObjects(
    'enum',
    objectDelta(working.enums, target.enums),
    enumCandidates,
    resolvers.enum?.bind(resolvers),
  );
  const sequences = resolveObjects(
    'sequence',
    objectDelta(working.sequences, target.sequences),
    sequenceCandidates,
    resolvers.sequence?.bind(resolvers),
  );

  const columns: ColumnRename[] = [];
  const unresolvedColumns = new Map<string, string[]>();
  for (const [c, t] of pairTables(working, target, tables.renames)) {
    const delta = columnDelta(c, t);
    let left = delta.dropped;
    const tableName = { schema: t.schema, name: t.name };
    const renamedHere = new Set<string>();
    for (const added of delta.added) {
      const candidates = columnCandidates(c, t, added, left);
      if (candidates.length === 0) continue;
      const answer = resolvers.column?.(tableName, added, candidates);
      if (answer === undefined)
        candidates.forEach((d) => note(unresolvedColumns, `${key(t)}.${d}`, added));
      if (answer === undefined || answer === null) continue;
      if (!candidates.includes(answer)) invalid(`column ${key(t)}.${added}`, answer, candidates);
      columns.push({ table: tableName, from: answer, to: added });
      renamedHere.add(answer);
      left = left.filter((d) => d !== answer);
    }
    for (const d of renamedHere) unresolvedColumns.delete(`${key(t)}.${d}`);
  }
  return {
    schemas,
    tables: tables.renames,
    enums: enums.renames,
    sequences: sequences.renames,
    columns,
    unresolvedTables: tables.unresolved,
    unresolvedColumns,
  };
}
