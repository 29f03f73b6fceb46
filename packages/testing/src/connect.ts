import { openPglite } from '@retort/runtime';
import postgres from 'postgres';

/** A minimal connection for test assertions, independent of the runtime's drivers. */
export interface TestConnection {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export async function connectTest(url: string): Promise<TestConnection> {
  if (url.startsWith('pglite://')) {
    const path = url.slice('pglite://'.length);
    // with the contrib extensions the database has installed (citext, pg_trgm, …) loaded
    const { db } = await openPglite(path === 'memory' ? null : path);
    return {
      async query<R>(sql: string, params: readonly unknown[] = []) {
        return (await db.query(sql, params as unknown[])).rows as R[];
      },
      async exec(sql) {
        await db.exec(sql);
      },
      close: () => db.close(),
    };
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  return {
    async query<R>(text: string, params: readonly unknown[] = []) {
      return (await sql.unsafe(text, params as never[])) as unknown as R[];
    },
    async exec(text) {
      await sql.unsafe(text);
    },
    close: () => sql.end(),
  };
}
