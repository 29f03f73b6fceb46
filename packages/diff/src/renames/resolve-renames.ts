import { RetortError } from '@retort/errors';
import type { QualifiedName, SchemaModel } from '@retort/schema';
import type { ColumnRename, RenameResolvers, TableRename } from '../types';
import {
  columnCandidates,
  columnDelta,
  pairTables,
  tableCandidates,
  tableDelta,
} from './find-candidates';

const key = (t: QualifiedName) => `${t.schema}.${t.name}`;

export interface ResolvedRenames {
  tables: TableRename[];
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

/** Asks the resolvers about every added table and column that has dropped candidates. */
export function resolveRenames(
  current: SchemaModel,
  target: SchemaModel,
  resolvers: RenameResolvers = {},
): ResolvedRenames {
  const delta = tableDelta(current, target);
  let remaining = [...delta.dropped];
  const tables: TableRename[] = [];
  const unresolvedTables = new Map<string, string[]>();
  for (const added of delta.added) {
    const candidates = tableCandidates(added, remaining);
    if (candidates.length === 0) continue;
    const answer = resolvers.table?.(added, candidates);
    if (answer === undefined) candidates.forEach((c) => note(unresolvedTables, key(c), key(added)));
    if (answer === undefined || answer === null) continue;
    const from = candidates.find((c) => key(c) === key(answer));
    if (from === undefined) invalid(`table ${key(added)}`, key(answer), candidates.map(key));
    tables.push({ from, to: added });
    remaining = remaining.filter((d) => d !== from);
  }
  for (const k of [...unresolvedTables.keys()])
    if (!remaining.some((d) => key(d) === k)) unresolvedTables.delete(k);

  const columns: ColumnRename[] = [];
  const unresolvedColumns = new Map<string, string[]>();
  for (const [c, t] of pairTables(current, target, tables)) {
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
  return { tables, columns, unresolvedTables, unresolvedColumns };
}
