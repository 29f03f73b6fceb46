import { EventEmitter } from 'node:events';
import type { OpenDatabase } from './open-target';

type Callback = (err: Error | null, result?: unknown) => void;

/**
 * Just enough of the `pg` package (Pool, pooled Client, query with callback or promise) for
 * TypeORM's postgres driver to run `synchronize()` over a test connection — PGlite or
 * postgres.js — since `pg` itself is not a dependency of this repository.
 */
export function pgShim(db: OpenDatabase): object {
  // one session: queries are serialised so a transaction is never interleaved with another runner
  let chain: Promise<unknown> = Promise.resolve();
  const run = (text: string, params: unknown[]) => {
    const next = chain.then(() => (params.length === 0 && db.kind === 'pglite' ? simpleQuery(db, text) : db.query(text, params.map(param))));
    chain = next.catch(() => undefined);
    return next.then((rows) => ({ rows, rowCount: rows.length, command: text.trim().split(/\s+/)[0]!.toUpperCase(), fields: [] }));
  };
  class Client extends EventEmitter {
    query(text: string | { text: string; values?: unknown[] }, a?: unknown, b?: unknown): Promise<unknown> | void {
      const sql = typeof text === 'string' ? text : text.text;
      const params = (Array.isArray(a) ? a : typeof text === 'object' ? text.values : undefined) ?? [];
      const cb = (typeof a === 'function' ? a : b) as Callback | undefined;
      const p = run(sql, params);
      if (!cb) return p;
      p.then((r) => cb(null, r), (e: Error) => cb(e));
    }
    release(): void {}
  }
  class Pool extends EventEmitter {
    connect(cb?: (err: Error | null, client?: Client, release?: () => void) => void): Promise<Client> | void {
      const client = new Client();
      if (!cb) return Promise.resolve(client);
      cb(null, client, () => {});
    }
    end(cb?: (err?: Error) => void): void {
      cb?.();
    }
  }
  return { Pool, Client, defaults: {}, types: { setTypeParser() {} } };
}

/** TypeORM sends `CREATE TABLE …; COMMENT ON …` as one string; PGlite runs that only through exec(). */
async function simpleQuery(db: OpenDatabase, text: string): Promise<unknown[]> {
  const results = await (db.client as { exec(sql: string): Promise<{ rows: unknown[] }[]> }).exec(text);
  return results[results.length - 1]?.rows ?? [];
}

function param(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
