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

/**
 * `retort revision --autogenerate -m MESSAGE`, in process, run as a script would: a rename
 * question that `renames` leaves open fails (UNANSWERED_RENAMES), as the CLI does without a terminal.
 */
export async function generateRevision(
  s: Session,
  message: string,
  renames?: RenameAnswers,
  route: RenameRoute = 'options',
  plan?: 'online' | 'simple',
): Promise<Generated> {
  const prompt = renames !== undefined && route === 'prompt' ? promptAnswers(renames) : undefined;
  const options: CompareOptions = prompt
    ? { askRenames: prompt.ask }
    : renames === undefined
      ? {}
      : { renames };
  const { entries, target, current, sizes } = await compareWithDatabase(s.config, s.driver, {
    ...options,
    requireAnswers: true,
  });
  if (prompt && prompt.unasked.size > 0)
    throw new Error(
      `autogenerate never offered the renames ${JSON.stringify([...prompt.unasked])}`,
    );
  if (entries.length === 0) return { entries, file: null, target, current };
  // with a plan, as `revision --autogenerate` writes it (lock timeout, online forms); without, the bare operations
  const body = renderMigration(
    entries,
    plan === undefined ? undefined : { plan, lockTimeout: '5s', current, target, sizes },
  );
  const revision = planNewRevision(s.config, { message }, (rev) =>
    revisionFileName(s.config.fileTemplate, rev, message),
  );
  const text = await renderRevisionFile({ ...revision, ...body }, revision.path);
  writeFilesAtomically([{ path: revision.path, content: text }]);
  return { entries, file: revision.path, target, current };
}

const same = (a: QualifiedName, b: QualifiedName) => a.schema === b.schema && a.name === b.name;

/** A prompt that answers "renamed" exactly for the given pairs and "created" for every other question. */
function promptAnswers(renames: RenameAnswers): {
  ask: NonNullable<CompareOptions['askRenames']>;
  unasked: Set<unknown>;
} {
  const unasked = new Set<unknown>([
    ...(renames.schemas ?? []),
    ...renames.tables,
    ...(renames.enums ?? []),
    ...(renames.sequences ?? []),
    ...renames.columns,
  ]);
  const pick = <R extends { from: QualifiedName; to: QualifiedName }>(
    list: R[] | undefined,
    asked: { added: QualifiedName; dropped: QualifiedName[] }[],
  ) =>
    (list ?? []).filter((r) =>
      asked.some((c) => same(c.added, r.to) && c.dropped.some((d) => same(d, r.from))),
    );
  const ask: NonNullable<CompareOptions['askRenames']> = async (candidates) => {
    const answers: RenameAnswers = {
      schemas: (renames.schemas ?? []).filter((r) =>
        candidates.schemas.some((c) => c.added === r.to && c.dropped.includes(r.from)),
      ),
      tables: pick(renames.tables, candidates.tables),
      enums: pick(renames.enums, candidates.enums),
      sequences: pick(renames.sequences, candidates.sequences),
      columns: renames.columns.filter((r) =>
        candidates.columns.some(
          (c) => same(c.table, r.table) && c.added === r.to && c.dropped.includes(r.from),
        ),
      ),
    };
    for (const list of Object.values(answers) as unknown[][])
      for (const r of list) unasked.delete(r);
    const renamedTo = (list: { to: QualifiedName }[] | undefined, n: QualifiedName) =>
      (list ?? []).some((r) => same(r.to, n));
    return {
      ...answers,
      createdSchemas: candidates.schemas
        .filter((c) => !answers.schemas!.some((r) => r.to === c.added))
        .map((c) => c.added),
      createdTables: candidates.tables
        .filter((c) => !renamedTo(answers.tables, c.added))
        .map((c) => c.added),
      createdEnums: candidates.enums
        .filter((c) => !renamedTo(answers.enums, c.added))
        .map((c) => c.added),
      createdSequences: candidates.sequences
        .filter((c) => !renamedTo(answers.sequences, c.added))
        .map((c) => c.added),
      createdColumns: candidates.columns
        .filter((c) => !answers.columns.some((r) => same(r.table, c.table) && r.to === c.added))
        .map((c) => ({ table: c.table, name: c.added })),
    };
  };
  return { ask, unasked };
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
