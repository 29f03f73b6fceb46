import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { quoteIdent, quoteLiteral } from '@retort/ops';
import type { Queryable } from '../drivers/driver';
import type { VersionTableName } from './version-table';

const qualified = (t: VersionTableName) => (t.schema ? `${quoteIdent(t.schema)}.${quoteIdent(t.name)}` : quoteIdent(t.name));

/**
 * The version table's companion `<version table>_checksums`: one row per applied revision
 * with the SHA-256 of its file (line endings normalised), written in the same transaction as
 * the version table, so an applied file that changes afterwards is noticed.
 */
export function checksumTable(t: VersionTableName): VersionTableName {
  return { schema: t.schema, name: `${t.name}_checksums`.slice(0, 63) };
}

export function createChecksumTableSql(t: VersionTableName): string {
  const table = checksumTable(t);
  const pk = quoteIdent(`${table.name}_pkc`.slice(0, 63));
  return `CREATE TABLE IF NOT EXISTS ${qualified(table)} (version_num varchar(32) NOT NULL, checksum char(64) NOT NULL, CONSTRAINT ${pk} PRIMARY KEY (version_num))`;
}

/** SHA-256 of a revision file with CRLF/CR read as LF, so a checkout's line endings do not count. */
export function fileChecksum(file: string): string {
  const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(text).digest('hex');
}

export function recordChecksumSql(t: VersionTableName, revision: string, checksum: string): string {
  const table = qualified(checksumTable(t));
  return `INSERT INTO ${table} (version_num, checksum) VALUES (${quoteLiteral(revision)}, ${quoteLiteral(checksum)}) ON CONFLICT (version_num) DO UPDATE SET checksum = EXCLUDED.checksum`;
}

export function forgetChecksumSql(t: VersionTableName, revision: string): string {
  return `DELETE FROM ${qualified(checksumTable(t))} WHERE version_num = ${quoteLiteral(revision)}`;
}

/** `stamp --purge`: every row of the version table and of its checksums. */
export function purgeSql(t: VersionTableName): string[] {
  return [`DELETE FROM ${qualified(t)}`, `DELETE FROM ${qualified(checksumTable(t))}`];
}

/** Stored checksums by revision; empty when the table does not exist (yet). */
export async function readChecksums(db: Queryable, t: VersionTableName): Promise<Map<string, string>> {
  const table = qualified(checksumTable(t));
  const [exists] = await db.query<{ oid: string | null }>('SELECT to_regclass($1)::text AS oid', [table]);
  if (exists?.oid == null) return new Map();
  const rows = await db.query<{ version_num: string; checksum: string }>(`SELECT version_num, checksum FROM ${table}`);
  return new Map(rows.map((r) => [r.version_num, r.checksum]));
}
