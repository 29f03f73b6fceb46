import { renderOperation, renderRevisionFile, revisionFileName } from '@retort/codegen';
import type { DiffEntry } from '@retort/diff';
import { introspect } from '@retort/introspect';
import { migrate, openDriver, planNewRevision, writeFilesAtomically, type Driver, type ResolvedConfig } from '@retort/runtime';
import type { SchemaModel } from '@retort/schema';
import type { OpenDatabase } from '../../../extract/test/support/open-target';
import { compareWithDatabase, renderMigration, type CompareOptions, type RenameAnswers } from '../../src';
import type { QualifiedName } from '@retort/schema';

/** One project's config and an open driver on its database (what a CLI run holds). */
export interface Session {
  readonly config: ResolvedConfig;
  readonly driver: Driver;
}

/** Opens the config's database through the runtime's driver (postgres.js or PGlite with its lock). */
export async function openSession(config: ResolvedConfig): Promise<Session> {
  const driver = await openDriver(config.url, { baseDir: config.rootDir, wait: { timeoutMs: 30_000 } });
  return { config, driver };
}

/**
 * A session over a test connection that the caller also uses directly (drizzle-kit, TypeORM):
 * reopening a PGlite directory costs about a second, so one connection serves both.
 */
export function sessionOver(config: ResolvedConfig, db: OpenDatabase): Session {
  const driver: Driver = {
    kind: db.kind,
    displayUrl: config.url,
    enforcesTimeouts: db.kind === 'postgres',
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    ...(db.loadExtensions ? { loadExtensions: (names: readonly string[]) => db.loadExtensions!(names) } : {}),
    close: () => db.close(),
  };
  return { config, driver };
}

export interface Generated {
  entries: DiffEntry[];
  /** The written revision file, or null when nothing changed. */
  file: string | null;
  target: SchemaModel;
  current: SchemaModel;
}

/**
 * How expected renames reach autogenerate: `options` passes them up front (the CLI's
 * --rename-table/--rename-column), `prompt` answers the interactive questions with them.
 */
export type RenameRoute = 'options' | 'prompt';

/** `retort revision --autogenerate -m MESSAGE`, in process. */
export async function generateRevision(
  s: Session,
  message: string,
  renames?: RenameAnswers,
  route: RenameRoute = 'options',
  plan?: 'online' | 'simple',
): Promise<Generated> {
  const options = renames === undefined ? {} : route === 'options' ? { renames } : { askRenames: promptAnswers(renames) };
  const { entries, target, current, sizes } = await compareWithDatabase(s.config, s.driver, options);
  if (entries.length === 0) return { entries, file: null, target, current };
  // with a plan, as `revision --autogenerate` writes it (lock timeout, online forms); without, the bare operations
  const body = renderMigration(entries, plan === undefined ? undefined : { plan, lockTimeout: '5s', current, target, sizes });
  const revision = planNewRevision(s.config, { message }, (rev) => revisionFileName(s.config.fileTemplate, rev, message));
  const text = await renderRevisionFile({ ...revision, ...body }, revision.path);
  writeFilesAtomically([{ path: revision.path, content: text }]);
  return { entries, file: revision.path, target, current };
}

const same = (a: QualifiedName, b: QualifiedName) => a.schema === b.schema && a.name === b.name;

/** A prompt that answers "renamed" exactly for the given pairs, and fails when one is never asked about. */
function promptAnswers(renames: RenameAnswers): NonNullable<CompareOptions['askRenames']> {
  const unasked = new Set([...renames.tables, ...renames.columns]);
  let calls = 0;
  return async (candidates) => {
    const tables = renames.tables.filter((r) => candidates.tables.some((c) => same(c.added, r.to) && c.dropped.some((d) => same(d, r.from))));
    const columns = renames.columns.filter((r) =>
      candidates.columns.some((c) => same(c.table, r.table) && c.added === r.to && c.dropped.includes(r.from)),
    );
    for (const r of [...tables, ...columns]) unasked.delete(r);
    // compareWithDatabase asks twice: tables, then columns
    if (++calls === 2 && unasked.size > 0) throw new Error(`autogenerate never offered the renames ${JSON.stringify([...unasked])}`);
    return { tables, columns };
  };
}

/** The operations autogenerate would still write (what `retort check` reports). */
export async function pendingChanges(s: Session): Promise<string[]> {
  const { entries } = await compareWithDatabase(s.config, s.driver);
  return describeEntries(entries);
}

export function describeEntries(entries: readonly DiffEntry[]): string[] {
  return entries.map((e) => renderOperation(e.op));
}

export async function upgrade(s: Session, target = 'head'): Promise<void> {
  await migrate({ config: s.config, driver: s.driver, direction: 'upgrade', target });
}

export async function downgrade(s: Session, target: string): Promise<void> {
  await migrate({ config: s.config, driver: s.driver, direction: 'downgrade', target });
}

/** Tables that are bookkeeping, not the user's schema. */
export function bookkeepingTables(schemas: readonly string[]): { schema: string; name: string }[] {
  return [{ schema: 'public', name: 'retort_version' }, { schema: 'public', name: 'retort_version_checksums' }, ...schemas.map((schema) => ({ schema, name: 'typeorm_metadata' }))];
}

/** The user's part of the live schema, in the given schemas. */
export async function liveModel(db: Pick<Driver, 'query'>, schemas: readonly string[]): Promise<SchemaModel> {
  const scope = [...new Set(['public', ...schemas])];
  return introspect(db, { schemas: scope, excludeTables: bookkeepingTables(scope) });
}
