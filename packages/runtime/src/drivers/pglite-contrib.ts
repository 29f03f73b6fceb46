import { RetortError } from '@retort/errors';

const loadPglite = () => import('@electric-sql/pglite');
type PGliteClass = Awaited<ReturnType<typeof loadPglite>>['PGlite'];
export type PGlite = InstanceType<PGliteClass>;
type Extensions = NonNullable<NonNullable<Parameters<PGliteClass['create']>[1]>['extensions']>;

/**
 * The contrib extensions PGlite ships (`@electric-sql/pglite/contrib/<module>`), by extension
 * name. Each is a bundle PGlite unpacks when it starts, so it must be known before opening.
 */
const CONTRIB_MODULES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    'amcheck', 'auto_explain', 'bloom', 'btree_gin', 'btree_gist', 'citext', 'cube', 'dict_int',
    'dict_xsyn', 'earthdistance', 'file_fdw', 'fuzzystrmatch', 'hstore', 'intarray', 'isn', 'lo',
    'ltree', 'moddatetime', 'pageinspect', 'pg_buffercache', 'pg_freespacemap', 'pg_stat_statements',
    'pg_surgery', 'pg_trgm', 'pg_visibility', 'pg_walinspect', 'pgcrypto', 'seg', 'tablefunc', 'tcn',
    'tsm_system_rows', 'tsm_system_time', 'unaccent', 'uuid-ossp',
  ].map((name) => [name, name.replace(/-/g, '_')]),
);

/** The PGlite extension objects for `names`; an extension PGlite does not ship is an error naming it. */
export async function contribExtensions(names: Iterable<string>): Promise<Extensions> {
  const wanted = [...new Set(names)].sort();
  const missing = wanted.filter((name) => CONTRIB_MODULES[name] === undefined);
  if (missing.length > 0) {
    const list = missing.map((n) => `"${n}"`).join(', ');
    throw new RetortError('PGLITE_EXTENSION_UNAVAILABLE', `The embedded PGlite database cannot load the extension${missing.length > 1 ? 's' : ''} ${list}: PGlite does not ship ${missing.length > 1 ? 'them' : 'it'}.`, {
      hint: `Use a PostgreSQL server that has ${list} installed (--url postgres://…), or leave ${missing.length > 1 ? 'them' : 'it'} out of the schema. PGlite ships: ${Object.keys(CONTRIB_MODULES).join(', ')}.`,
    });
  }
  const entries = await Promise.all(
    wanted.map(async (name) => {
      const mod = (await import(`@electric-sql/pglite/contrib/${CONTRIB_MODULES[name]}`)) as Extensions;
      return [name, mod[CONTRIB_MODULES[name]!]!] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Extensions installed in the database, except plpgsql (always there, built in). */
export async function installedExtensions(db: Pick<PGlite, 'query'>): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>("select extname::text as name from pg_extension where extname <> 'plpgsql'");
  return rows.map((r) => r.name);
}

/**
 * Opens a PGlite database (a data directory, or in memory when `dataDir` is null) with the
 * contrib extensions it has installed loaded, plus `extra`. The extensions a database has are
 * known only once it is open, so a database with some is opened a second time with them.
 */
export async function openPglite(dataDir: string | null, extra: Iterable<string> = []): Promise<{ db: PGlite; loaded: Set<string> }> {
  const { PGlite } = await loadPglite();
  const loaded = new Set(extra);
  let db = new PGlite(dataDir ?? undefined, { extensions: await contribExtensions(loaded) });
  await db.waitReady;
  const more = (await installedExtensions(db)).filter((name) => !loaded.has(name));
  if (more.length === 0) return { db, loaded };
  for (const name of more) loaded.add(name);
  const extensions = await contribExtensions(loaded).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  await db.close();
  db = new PGlite(dataDir ?? undefined, { extensions });
  await db.waitReady;
  return { db, loaded };
}

/**
 * Reopens `db` with `names` loaded too (an in-memory database is carried over as a dump);
 * `db` itself when they are all loaded already.
 */
export async function reopenWithExtensions(db: PGlite, dataDir: string | null, loaded: Set<string>, names: Iterable<string>): Promise<PGlite> {
  const all = new Set([...loaded, ...names]);
  if (all.size === loaded.size) return db;
  const extensions = await contribExtensions(all);
  const { PGlite } = await loadPglite();
  const dump = dataDir === null ? await db.dumpDataDir('none') : undefined;
  await db.close();
  const next = dataDir === null ? new PGlite({ loadDataDir: dump, extensions }) : new PGlite(dataDir, { extensions });
  await next.waitReady;
  for (const name of all) loaded.add(name);
  return next;
}
