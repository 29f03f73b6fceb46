// The floor a model-vs-database comparison cannot go below, measured in one process:
// load the user's model (retort's own TypeScript loader), connect, and run retort's
// introspection catalog queries (recorded by retort-phases.mjs) — nothing else.
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { input, now, openRaw, report, require } from './common.mjs';

const { dir, orm, target, out, queriesFile, repeat = 1 } = input();
const t = {};
let start = now();
const { loadUserModule } = require('@retort/loader');
if (orm === 'drizzle') loadUserModule(join(dir, 'schema.ts'));
else {
  createRequire(join(dir, 'package.json'))('reflect-metadata');
  for (const f of readdirSync(join(dir, 'entities')).sort())
    loadUserModule(join(dir, 'entities', f));
}
t.loadModel = now() - start;

start = now();
const db = await openRaw(target);
await db.query('select 1');
t.connect = now() - start;

const queries = JSON.parse(readFileSync(queriesFile, 'utf8'));
const runs = [];
for (let i = 0; i < repeat; i++) {
  start = now();
  // introspect() runs the first query, then the others concurrently
  await db.query(queries[0].sql, queries[0].params);
  const rows = await Promise.all(queries.slice(1).map((q) => db.query(q.sql, q.params)));
  runs.push(now() - start);
  t.rows = rows.reduce((n, r) => n + r.length, 0);
}
t.floor = runs[0];
t.floorWarm = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
await db.close();
report(out, { phases: t, queryCount: queries.length });
