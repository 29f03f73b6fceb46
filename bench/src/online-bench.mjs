#!/usr/bin/env node
// `pnpm --filter @retort/bench bench:online`: the online plan against the simple one, on the
// server. A 2,000,000-row table, a writer inserting and updating on another connection, and a
// generated revision that adds an index, a foreign key, a NOT NULL on an existing column and
// a unique constraint, applied once per plan (`revision --autogenerate --plan …`, `upgrade head`).
// Reports the writer's longest stall and the upgrade's total time. Not a test: nothing fails on
// timing.
//
//   --rows=2000000
//
// Needs RETORT_BENCH_DATABASE_URL. Prints a markdown section for docs/benchmarks.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { createDatabase, SERVER_URL } from './databases.mjs';
import { WORK_DIR } from './model-fixtures.mjs';
import { CLI } from './scenarios.mjs';

const require = createRequire(import.meta.url);
const postgres = require('postgres');
const flag = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ROWS = Number(flag('rows', 2_000_000));
const USERS = 1000;
const log = (line) => process.stderr.write(`[online-bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
if (!SERVER_URL) throw new Error('Set RETORT_BENCH_DATABASE_URL (a PostgreSQL server) for the online-plan benchmark.');

const MODEL_BEFORE = `import { integer, pgTable, text } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: integer('id').primaryKey() });
export const orders = pgTable('orders', { id: integer('id').primaryKey(), userId: integer('user_id'), code: text('code'), amount: integer('amount') });
`;
const MODEL_AFTER = `import { index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
export const users = pgTable('users', { id: integer('id').primaryKey() });
export const orders = pgTable(
  'orders',
  { id: integer('id').primaryKey(), userId: integer('user_id').references(() => users.id), code: text('code').notNull(), amount: integer('amount') },
  (t) => [index('orders_amount').on(t.amount), unique('orders_code_key').on(t.code)],
);
`;

/** The CLI in a child process without blocking this one's event loop (the writer runs in it). */
function cliAsync(dir, args) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve({ ms: performance.now() - started, stderr }) : reject(new Error(`retort ${args.join(' ')} failed:\n${stderr}`)),
    );
  });
}

function cli(dir, args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`retort ${args.join(' ')} failed:\n${result.stderr}`);
  return { ms: performance.now() - started, stderr: result.stderr };
}

/** Inserts and updates orders back to back; each statement's latency is a stall of the writer. */
function startWriter(url, firstId) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const state = { running: true, ops: 0, errors: 0, longest: 0, longestAt: 0, stalls: [] };
  const done = (async () => {
    let id = firstId;
    while (state.running) {
      for (const run of [
        () => sql`insert into orders (id, user_id, code, amount) values (${id}, ${1 + (id % USERS)}, ${'w' + id}, ${id % 1000})`,
        () => sql`update orders set amount = amount + 1 where id = ${1 + Math.floor(Math.random() * ROWS)}`,
      ]) {
        const t = performance.now();
        try {
          await run();
        } catch {
          state.errors += 1;
        }
        const ms = performance.now() - t;
        state.ops += 1;
        if (ms > state.longest) Object.assign(state, { longest: ms, longestAt: t });
        if (ms >= 100) state.stalls.push(ms);
      }
      id += 1;
    }
    await sql.end({ timeout: 5 });
  })();
  return { state, stop: async () => ((state.running = false), await done, state) };
}

async function runPlan(plan) {
  const db = await createDatabase(`online_${plan}`, { server: true });
  const dir = join(WORK_DIR, `online-${plan}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
  writeFileSync(join(dir, 'retort.config.ts'), `export default ${JSON.stringify({ url: db.url, schema: { drizzle: './models.ts' }, migrations: './migrations' })};\n`);
  try {
    writeFileSync(join(dir, 'models.ts'), MODEL_BEFORE);
    cli(dir, ['revision', '--autogenerate', '-m', 'before', '--no-interactive']);
    cli(dir, ['upgrade', 'head']);
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    log(`${plan}: loading ${ROWS} rows`);
    await sql.unsafe(`insert into users select g from generate_series(1, ${USERS}) g`);
    await sql.unsafe(`insert into orders select g, 1 + g % ${USERS}, 'c' || g, g % 1000 from generate_series(1, ${ROWS}) g`);
    await sql.unsafe('vacuum analyze orders');
    const [{ size }] = await sql`select pg_size_pretty(pg_total_relation_size('orders')) as size`;
    await sql.end({ timeout: 5 });
    writeFileSync(join(dir, 'models.ts'), MODEL_AFTER);
    cli(dir, ['revision', '--autogenerate', '-m', 'constraints', '--plan', plan, '--no-interactive']);
    const writer = startWriter(db.url, ROWS + 1);
    await new Promise((r) => setTimeout(r, 1000));
    const baseline = writer.state.longest;
    log(`${plan}: upgrading under the writer`);
    const upgrade = await cliAsync(dir, ['upgrade', 'head']);
    await new Promise((r) => setTimeout(r, 500));
    const state = await writer.stop();
    log(`${plan}: longest stall ${state.longest.toFixed(0)} ms, upgrade ${upgrade.ms.toFixed(0)} ms`);
    const check = spawnSync(process.execPath, [CLI, 'check'], { cwd: dir, encoding: 'utf8' });
    return { plan, size, upgradeMs: upgrade.ms, longest: state.longest, baseline, ops: state.ops, errors: state.errors, over100: state.stalls.length, retries: (upgrade.stderr.match(/lock_timeout/g) ?? []).length, clean: check.status === 0 };
  } finally {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const [major] = process.versions.node.split('.');
const sql = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
const [{ version }] = await sql`select version()`;
await sql.end();
const load = loadavg().map((n) => n.toFixed(1)).join(' / ');
const results = [];
for (const plan of ['simple', 'online']) results.push(await runPlan(plan));
const s = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
const online = results.find((r) => r.plan === 'online');
console.log(`## Online plan vs simple plan (\`pnpm --filter @retort/bench bench:online\`, server only)

- Date: ${new Date().toISOString()}; Node ${major}; ${version.split(',')[0]}; load average ${load} at the start
- \`orders\`: ${ROWS.toLocaleString('en')} rows (${results[0].size}), \`users\`: ${USERS} rows. One generated revision adds an index on \`orders.amount\`, a foreign key \`orders.user_id → users.id\`, NOT NULL on \`orders.code\` and a unique constraint on \`orders.code\`.
- The writer, on its own connection, inserts a row and updates a random row back to back from 1 s before \`upgrade head\` until 0.5 s after it; a *stall* is one statement's latency.

| plan | longest writer stall | writer statements ≥ 100 ms | writer statements | writer errors | \`upgrade head\` (whole process) | lock_timeout retries | \`check\` clean after |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${results.map((r) => `| ${r.plan} | ${s(r.longest)} | ${r.over100} | ${r.ops} | ${r.errors} | ${s(r.upgradeMs)} | ${r.retries} | ${r.clean ? 'yes' : '**no**'} |`).join('\n')}

Target: the online plan never stalls the writer for 0.5 s or more — **${online.longest < 500 ? 'met' : 'not met'}** (${s(online.longest)}).
`);
