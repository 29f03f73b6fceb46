// One uniquely named database per scenario: a database on the server when
// RETORT_BENCH_DATABASE_URL is set, else a PGlite data directory under bench/.work/.
import { createRequire } from 'node:module';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { WORK_DIR } from './model-fixtures.mjs';

const require = createRequire(import.meta.url);
export const SERVER_URL = process.env.RETORT_BENCH_DATABASE_URL || null;

const withDatabase = (url, name) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin(fn) {
  const postgres = require('postgres');
  const sql = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** `{ kind, url?, dataDir?, retortUrl, name }`; `drop()` removes it. */
export async function createDatabase(label, { server = SERVER_URL !== null } = {}) {
  const name = `retort_bench_${process.pid}_${label}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 63);
  if (server) {
    await admin((sql) =>
      sql
        .unsafe(`DROP DATABASE IF EXISTS "${name}"`)
        .then(() => sql.unsafe(`CREATE DATABASE "${name}"`)),
    );
    const url = withDatabase(SERVER_URL, name);
    return {
      kind: 'postgres',
      name,
      url,
      retortUrl: url,
      drop: () => admin((sql) => sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  }
  const dataDir = join(WORK_DIR, 'pglite', name);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(WORK_DIR, 'pglite'), { recursive: true });
  return {
    kind: 'pglite',
    name,
    dataDir,
    retortUrl: `pglite://${dataDir}`,
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.lock`, { recursive: true, force: true });
    },
  };
}

/** What child processes get: the connection, without functions. */
export const targetOf = (db) =>
  db.kind === 'postgres'
    ? { kind: 'postgres', url: db.url }
    : { kind: 'pglite', dataDir: db.dataDir };
