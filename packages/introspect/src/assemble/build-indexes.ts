import type { Index, IndexKey } from '@retort/schema';
import { canonicalOpclass, compareText } from '@retort/schema';
import type { IndexRow } from '../queries/indexes-query';

const DESC = 1;
const NULLS_FIRST = 2;

export function buildIndexes(rows: readonly IndexRow[]): Index[] {
  return rows.map(buildIndex).sort((a, b) => compareText(a.name, b.name));
}

function buildIndex(row: IndexRow): Index {
  const keys: IndexKey[] = [];
  for (let k = 0; k < row.key_count; k++) {
    const column = row.columns[k] ?? null;
    const option = row.options[k] ?? 0;
    const opclass = row.opclasses[k] ?? null;
    keys.push({
      column,
      expression: column === null ? (row.defs[k] ?? null) : null,
      opclass: opclass === null ? null : canonicalOpclass(opclass),
      collation: row.collations[k] ?? null,
      order: option & DESC ? 'desc' : 'asc',
      nulls: option & NULLS_FIRST ? 'first' : 'last',
    });
  }
  return {
    name: row.name,
    unique: row.unique,
    method: row.method,
    keys,
    include: row.columns.slice(row.key_count).map((c) => c ?? ''),
    where: row.predicate,
    nullsNotDistinct: row.nulls_not_distinct,
    with: [...(row.reloptions ?? [])].sort(compareText),
    ...(row.valid ? {} : { invalid: true }),
  };
}
