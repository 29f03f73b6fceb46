import { quoteIdent, quoteLiteral } from '@retort/ops';
import { RetortError } from '@retort/errors';
import type { Queryable } from '../drivers/driver';
import type { VersionChange } from '../graph/migration-step';
import { createChecksumTableSql } from './checksum-table';

/**
 * Alembic's version table: one row per current head, `version_num varchar(32)` primary key.
 * retort adds a `dirty` column, NULL on every clean row: 'up' marks a revision whose upgrade
 * committed part of its work (an autocommit block) and did not finish; 'down' marks a head row
 * whose downgrade did the same. Old tables gain the column on the next run.
 */
export interface VersionTableName {
  schema: string | null;
  name: string;
}

export function qualifiedVersionTable(t: VersionTableName): string {
  return t.schema ? `${quoteIdent(t.schema)}.${quoteIdent(t.name)}` : quoteIdent(t.name);
}

export function createVersionTableSql(t: VersionTableName): string[] {
  const pk = quoteIdent(`${t.name}_pkc`.slice(0, 63));
  const statements = t.schema ? [`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(t.schema)}`] : [];
  statements.push(
    `CREATE TABLE IF NOT EXISTS ${qualifiedVersionTable(t)} (version_num varchar(32) NOT NULL, CONSTRAINT ${pk} PRIMARY KEY (version_num))`,
    createChecksumTableSql(t),
    `ALTER TABLE ${qualifiedVersionTable(t)} ADD COLUMN IF NOT EXISTS dirty varchar(4)`,
  );
  return statements;
}

export type { VersionChange };

export function versionChangeSql(t: VersionTableName, change: VersionChange): string {
  const table = qualifiedVersionTable(t);
  switch (change.kind) {
    case 'insert':
      return `INSERT INTO ${table} (version_num) VALUES (${quoteLiteral(change.revision)})`;
    case 'update':
      return `UPDATE ${table} SET version_num = ${quoteLiteral(change.to)} WHERE version_num = ${quoteLiteral(change.from)}`;
    case 'delete':
      return `DELETE FROM ${table} WHERE version_num = ${quoteLiteral(change.revision)}`;
  }
}

/** Does the version table exist? (to_regclass is search_path aware and never throws) */
export async function versionTableExists(db: Queryable, t: VersionTableName): Promise<boolean> {
  const rows = await db.query<{ oid: string | null }>('SELECT to_regclass($1)::text AS oid', [qualifiedVersionTable(t)]);
  return rows[0]?.oid != null;
}

export interface VersionRow {
  revision: string;
  /** null: a clean head row; 'up'/'down': the revision's upgrade/downgrade is half-applied. */
  dirty: 'up' | 'down' | null;
}

/** Every row, markers included; a table from before the `dirty` column reads as all clean. */
export async function readVersionRows(db: Queryable, t: VersionTableName): Promise<VersionRow[]> {
  if (!(await versionTableExists(db, t))) return [];
  const rows = await db.query<{ version_num: string; dirty?: string | null }>(`SELECT * FROM ${qualifiedVersionTable(t)} ORDER BY version_num`);
  return rows.map((r) => ({ revision: r.version_num, dirty: r.dirty === 'up' || r.dirty === 'down' ? r.dirty : null }));
}

/** The heads: every row but the marker of a half-applied upgrade. */
export async function readVersionHeads(db: Queryable, t: VersionTableName): Promise<string[]> {
  return (await readVersionRows(db, t)).filter((r) => r.dirty !== 'up').map((r) => r.revision);
}

/** Marks `revision` half-applied, just before an autocommit block commits part of it. */
export function markDirtySql(t: VersionTableName, revision: string, direction: 'up' | 'down'): string {
  const value = quoteLiteral(direction);
  return `INSERT INTO ${qualifiedVersionTable(t)} (version_num, dirty) VALUES (${quoteLiteral(revision)}, ${value}) ON CONFLICT (version_num) DO UPDATE SET dirty = ${value}`;
}

/** Removes the mark once the revision finished (run in the transaction that records it). */
export function clearDirtySql(t: VersionTableName, revision: string, direction: 'up' | 'down'): string {
  const table = qualifiedVersionTable(t);
  return direction === 'up'
    ? `DELETE FROM ${table} WHERE version_num = ${quoteLiteral(revision)} AND dirty IS NOT NULL`
    : `UPDATE ${table} SET dirty = NULL WHERE version_num = ${quoteLiteral(revision)}`;
}

export async function ensureVersionTable(db: Queryable, t: VersionTableName): Promise<void> {
  for (const sql of createVersionTableSql(t)) await db.query(sql);
}

/**
 * Applies one change online and checks it touched exactly one row, as Alembic does: a version
 * table that does not hold what retort believes it holds must stop the run, not be papered over.
 */
export async function applyVersionChange(db: Queryable, t: VersionTableName, change: VersionChange): Promise<void> {
  const rows = await db.query(`${versionChangeSql(t, change)} RETURNING version_num`);
  if (rows.length !== 1) {
    throw new RetortError(
      'VERSION_TABLE_MISMATCH',
      `The version table ${qualifiedVersionTable(t)} did not match one row for ${JSON.stringify(change)} (matched ${rows.length}).`,
      { hint: 'Someone changed the version table by hand or concurrently. Inspect it with `retort current -v` and repair it with `retort stamp`.' },
    );
  }
}
