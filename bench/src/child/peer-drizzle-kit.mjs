// drizzle-kit's `pushSchema` (drizzle-kit/api): introspects the live database, diffs it with the
// schema module and returns the statements `drizzle-kit push` would run. Nothing is applied.
// retort's version table is filtered out (tablesFilter), as a project using both would configure.
import { join } from 'node:path';
import { guarded, input, now, openRaw, report, require } from './common.mjs';

const { dir, target, out } = input();
const t = {};
let start = now();
const { loadUserModule } = require('@retort/loader'); // the same TypeScript loader retort uses
const schema = loadUserModule(join(dir, 'schema.ts'));
t.loadModel = now() - start;

start = now();
const api = require('drizzle-kit/api');
t.loadTool = now() - start;

start = now();
const raw = await openRaw(target);
let db;
if (raw.kind === 'pglite') {
  db = require('drizzle-orm/pglite').drizzle(raw.client);
} else {
  // pushSchema reads `execute(...).rows`; postgres-js results are arrays without `rows`
  const inner = require('drizzle-orm/postgres-js').drizzle(raw.client);
  db = { execute: async (q) => ({ rows: [...(await inner.execute(q))] }) };
}
await raw.query('select 1');
t.connect = now() - start;

start = now();
const result = await guarded(() => api.pushSchema(schema, db, ['public'], ['!retort_version']));
t.diff = now() - start;
await raw.close();
report(out, {
  phases: t,
  statements: result.statementsToExecute,
  warnings: result.warnings,
  hasDataLoss: result.hasDataLoss,
});
