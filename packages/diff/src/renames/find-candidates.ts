import type { QualifiedName, SchemaModel, Table } from '@retort/schema';
import type { RenameCandidates, TableRename } from '../types';

const key = (t: QualifiedName) => `${t.schema}.${t.name}`;

export interface TableDelta {
  added: QualifiedName[];
  dropped: QualifiedName[];
}

/** Tables only in the target (added) and only in the current model (dropped), sorted. */
export function tableDelta(current: SchemaModel, target: SchemaModel): TableDelta {
  const currentKeys = new Set(current.tables.map(key));
  const targetKeys = new Set(target.tables.map(key));
  const name = (t: Table): QualifiedName => ({ schema: t.schema, name: t.name });
  return {
    added: target.tables.filter((t) => !currentKeys.has(key(t))).map(name),
    dropped: current.tables.filter((t) => !targetKeys.has(key(t))).map(name),
  };
}

/** A table can only be renamed within its schema. */
export function tableCandidates(
  added: QualifiedName,
  dropped: readonly QualifiedName[],
): QualifiedName[] {
  return dropped.filter((d) => d.schema === added.schema);
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

/** Every possible rename, for a CLI that asks before it diffs. Inputs must be scoped already. */
export function renameCandidates(
  current: SchemaModel,
  target: SchemaModel,
  tableRenames: readonly TableRename[],
): RenameCandidates {
  const delta = tableDelta(current, target);
  const renamedFrom = new Set(tableRenames.map((r) => key(r.from)));
  const renamedTo = new Set(tableRenames.map((r) => key(r.to)));
  const dropped = delta.dropped.filter((d) => !renamedFrom.has(key(d)));
  const tables = delta.added
    .filter((a) => !renamedTo.has(key(a)))
    .map((added) => ({ added, dropped: tableCandidates(added, dropped) }))
    .filter((c) => c.dropped.length > 0);
  const columns: RenameCandidates['columns'] = [];
  for (const [c, t] of pairTables(current, target, tableRenames)) {
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
  return { tables, columns };
}
