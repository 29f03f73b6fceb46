import type { PGlite } from '@electric-sql/pglite';
import { openPglite, reopenWithExtensions } from '@retort/runtime';
import postgres from 'postgres';

/** One connection to a test database that drizzle, TypeORM (through the pg shim) and introspect share. */
export interface OpenDatabase {
  readonly kind: 'pglite' | 'postgres';
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  exec(sql: string): Promise<void>;
  /** The raw client: a PGlite instance or a postgres.js Sql. */
  readonly client: PGlite | postgres.Sql;
  /** PGlite: reopens with these contrib extensions loaded (what the runtime's driver does before a run). */
  loadExtensions?(names: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(url: string): Promise<OpenDatabase> {
  if (url.startsWith('pglite://')) {
    const dir = url.slice('pglite://'.length);
    const opened = await openPglite(dir);
    let db = opened.db as unknown as PGlite;
    return {
      kind: 'pglite',
      get client() {
        return db;
      },
      async loadExtensions(names) {
        db = (await reopenWithExtensions(db as never, dir, opened.loaded, names)) as unknown as PGlite;
      },
      async query<R>(sql: string, params: readonly unknown[] = []) {
        return (await db.query(sql, params as unknown[])).rows as R[];
      },
      async exec(sql: string) {
        await db.exec(sql);
      },
      close: () => db.close(),
    };
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  return {
    kind: 'postgres',
    client: sql,
    async query<R>(text: string, params: readonly unknown[] = []) {
      return (await sql.unsafe(text, params as never[])) as unknown as R[];
    },
    async exec(text: string) {
      await sql.unsafe(text);
    },
    close: () => sql.end(),
  };
}
