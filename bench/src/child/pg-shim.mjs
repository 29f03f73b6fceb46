// Just enough of the `pg` package (Pool, pooled Client, query with callback or promise) for
// TypeORM's postgres driver to run over a PGlite instance (after packages/extract/test/support/pg-shim.ts).
import { EventEmitter } from 'node:events';

export function pgShim(db) {
  // one session: queries are serialised so a transaction is never interleaved with another runner
  let chain = Promise.resolve();
  const run = (text, params) => {
    const next = chain.then(async () => {
      if (params.length === 0) {
        const results = await db.client.exec(text); // TypeORM sends `…; COMMENT ON …` as one string
        return results[results.length - 1]?.rows ?? [];
      }
      return db.query(
        text,
        params.map((v) => (v instanceof Date ? v.toISOString() : v)),
      );
    });
    chain = next.catch(() => undefined);
    return next.then((rows) => ({
      rows,
      rowCount: rows.length,
      command: text.trim().split(/\s+/)[0].toUpperCase(),
      fields: [],
    }));
  };
  class Client extends EventEmitter {
    query(text, a, b) {
      const sql = typeof text === 'string' ? text : text.text;
      const params =
        (Array.isArray(a) ? a : typeof text === 'object' ? text.values : undefined) ?? [];
      const cb = typeof a === 'function' ? a : b;
      const p = run(sql, params);
      if (!cb) return p;
      p.then(
        (r) => cb(null, r),
        (e) => cb(e),
      );
    }
    release() {}
  }
  class Pool extends EventEmitter {
    connect(cb) {
      const client = new Client();
      if (!cb) return Promise.resolve(client);
      cb(null, client, () => {});
    }
    end(cb) {
      cb?.();
    }
  }
  return { Pool, Client, defaults: {}, types: { setTypeParser() {} } };
}
