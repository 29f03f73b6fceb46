import type { Finding, TableRef, TableSize } from './finding';
import { tableKey } from './rules/table-state';

/** What the lint needs of a connection (a runtime Driver satisfies it). */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** reltuples and pg_total_relation_size of the named tables, in one query; an unqualified name is looked up in current_schema(). */
const SIZES = `
SELECT t.schema AS requested_schema, t.name, c.reltuples::float8 AS rows, pg_total_relation_size(c.oid)::float8 AS bytes
FROM unnest($1::text[], $2::text[]) AS t(schema, name)
JOIN pg_catalog.pg_namespace n ON n.nspname = coalesce(nullif(t.schema, ''), current_schema())
JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = t.name AND c.relkind IN ('r', 'p', 'm')`;

interface SizeRow {
  requested_schema: string;
  name: string;
  rows: number;
  bytes: number;
}

/** Sizes by `tableKey`; tables the database does not have (yet) are left out. */
export async function readTableSizes(
  db: Queryable,
  tables: readonly TableRef[],
): Promise<Map<string, TableSize>> {
  const unique = [...new Map(tables.map((t) => [`${t.schema ?? ''}\u0000${t.name}`, t])).values()];
  if (unique.length === 0) return new Map();
  const rows = await db.query<SizeRow>(SIZES, [
    unique.map((t) => t.schema ?? ''),
    unique.map((t) => t.name),
  ]);
  const sizes = new Map<string, TableSize>();
  for (const row of rows) {
    const ref = {
      ...(row.requested_schema === '' ? {} : { schema: row.requested_schema }),
      name: row.name,
    };
    // reltuples is -1 (PostgreSQL 14+) or 0 with no pages until the table is first analyzed
    sizes.set(tableKey(ref), {
      rows: Number(row.rows) < 0 ? null : Number(row.rows),
      bytes: Number(row.bytes),
    });
  }
  return sizes;
}

export function withSizes(
  findings: readonly Finding[],
  sizes: ReadonlyMap<string, TableSize>,
): Finding[] {
  return findings.map((f) => {
    const size = f.table ? sizes.get(tableKey(f.table)) : undefined;
    return size ? { ...f, size } : f;
  });
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** `~12.4M rows, 3.1 GB`, the way the hazard messages print a table's size. */
export function formatSize(size: TableSize): string {
  const rows = size.rows === null ? 'rows unknown (never analyzed)' : `~${compact(size.rows)} rows`;
  let bytes = size.bytes;
  let unit = 0;
  while (bytes >= 1024 && unit < UNITS.length - 1) {
    bytes /= 1024;
    unit += 1;
  }
  return `${rows}, ${unit === 0 ? bytes : bytes.toFixed(1)} ${UNITS[unit]}`;
}

function compact(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}B`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return String(Math.round(n));
}
