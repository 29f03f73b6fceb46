import { connectTest, type TestConnection } from '@retort/testing';

/** Opens the database, runs `fn`, closes it (a PGlite directory must be free for the next CLI run). */
export async function withDb<T>(url: string, fn: (db: TestConnection) => Promise<T>): Promise<T> {
  const db = await connectTest(url);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

export async function versionRows(url: string, table = 'retort_version'): Promise<string[]> {
  return withDb(url, async (db) => {
    const [exists] = await db.query<{ t: string | null }>('select to_regclass($1)::text as t', [table]);
    if (!exists?.t) return [];
    return (await db.query<{ version_num: string }>(`select version_num from ${table} order by 1`)).map((r) => r.version_num);
  });
}

export async function tableNames(url: string, schema = 'public'): Promise<string[]> {
  return withDb(url, async (db) =>
    (await db.query<{ relname: string }>(
      `select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r' order by 1`,
      [schema],
    )).map((r) => r.relname),
  );
}
