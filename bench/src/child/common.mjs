// Helpers shared by the child processes (each is run as its own `node` process by the harness).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

export const require = createRequire(import.meta.url);
export const now = () => performance.now();

/** Arguments come as one JSON object in argv[2]. */
export const input = () => JSON.parse(process.argv[2] ?? '{}');

/** Writes the child's result as JSON to the file the harness gave (stdout stays free for tools' chatter). */
export function report(file, result) {
  writeFileSync(file, JSON.stringify({ ...result, maxRssKiB: process.resourceUsage().maxRSS }));
}

/** A postgres.js client or PGlite instance behind one `query(sql, params)`. */
export async function openRaw(target) {
  if (target.kind === 'postgres') {
    const postgres = require('postgres');
    const sql = postgres(target.url, { max: 1, onnotice: () => {} });
    return {
      kind: 'postgres',
      client: sql,
      query: (text, params = []) => sql.unsafe(text, params),
      exec: (text) => sql.unsafe(text),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = new PGlite(target.dataDir);
  await db.waitReady;
  return {
    kind: 'pglite',
    client: db,
    query: async (text, params = []) => (await db.query(text, params)).rows,
    exec: (text) => db.exec(text),
    close: () => db.close(),
  };
}

/** Tools print to stdout and some call process.exit on problems: keep both from escaping. */
export async function guarded(fn) {
  const { log, warn, info } = console;
  const exit = process.exit;
  const printed = [];
  console.log = console.warn = console.info = (...args) => void printed.push(args.join(' '));
  process.exit = (code) => {
    throw new Error(`tool exited (${code}): ${printed.join('\n').slice(0, 2000)}`);
  };
  try {
    return await fn();
  } finally {
    Object.assign(console, { log, warn, info });
    process.exit = exit;
  }
}
