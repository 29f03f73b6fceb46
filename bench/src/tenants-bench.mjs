#!/usr/bin/env node
// `pnpm --filter @retort/bench bench:tenants`: `upgrade head --tenants` over many tenant schemas
// and tenant databases at several concurrencies: wall time, throughput, peak connections (sampled
// from pg_stat_activity) and the overhead per tenant beyond the SQL itself. Server only.
//
//   --schemas=500  --databases=200  --concurrency=1,4,8  (0 skips a kind)
//
// Needs RETORT_BENCH_DATABASE_URL. Prints a markdown section for docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { SERVER_URL } from './databases.mjs';
import { WORK_DIR } from './model-fixtures.mjs';
import { CLI } from './scenarios.mjs';

const require = createRequire(import.meta.url);
const postgres = require('postgres');
const flag = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SCHEMAS = Number(flag('schemas', 500));
const DATABASES = Number(flag('databases', 200));
const CONCURRENCY = flag('concurrency', '1,4,8').split(',').map(Number);
const log = (line) => process.stderr.write(`[tenants-bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
if (!SERVER_URL) throw new Error('Set RETORT_BENCH_DATABASE_URL (a PostgreSQL server) for the tenant benchmark.');

const q = (s) => `"${s.replace(/"/g, '""')}"`;
const withDb = (name) => Object.assign(new URL(SERVER_URL), { pathname: `/${name}` }).toString();
const tag = `retort_tb_${process.pid}`;

/** The three small revisions every tenant receives, and the same DDL as plain SQL (the floor). */
const REVISIONS = [
  ['a00000000001', null, `await op.createTable('items', { columns: [{ name: 'id', type: 'integer', primaryKey: true }, { name: 'name', type: 'text' }] });`, `await op.dropTable('items');`],
  ['a00000000002', 'a00000000001', `await op.addColumn('items', { name: 'note', type: 'text' });`, `await op.dropColumn('items', 'note');`],
  ['a00000000003', 'a00000000002', `await op.createIndex('ix_items_note', 'items', ['note']);`, `await op.dropIndex('ix_items_note');`],
];
const floorSql = (schema, table) => [
  `CREATE TABLE ${schema}.${q(table)} ("id" integer PRIMARY KEY, "name" text)`,
  `ALTER TABLE ${schema}.${q(table)} ADD COLUMN "note" text`,
  `CREATE INDEX ${q(`ix_${table}_note`)} ON ${schema}.${q(table)} ("note")`,
];

function writeProject(dir, url, tenants) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
  writeFileSync(join(dir, 'retort.config.ts'), `export default ${JSON.stringify({ url, migrations: './migrations', tenants })};\n`);
  for (const [rev, down, up, downgrade] of REVISIONS) {
    writeFileSync(
      join(dir, 'migrations', 'versions', `${rev}_r.ts`),
      `/**\n * r\n *\n * Revision ID: ${rev}\n */\nexport const revision = '${rev}';\nexport const downRevision: string | null = ${down ? `'${down}'` : 'null'};\n` +
        `export const branchLabels = null;\nexport const dependsOn = null;\n` +
        `export async function upgrade(op: any) {\n  ${up}\n}\nexport async function downgrade(op: any) {\n  ${downgrade}\n}\n`,
    );
  }
}

/** Runs the CLI while sampling pg_stat_activity for retort's connections every 20 ms. */
async function runSampled(dir, args) {
  const monitor = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  let peak = 0;
  const pids = new Set();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      // other retort processes may share the server: count only this benchmark's databases
      const rows = await monitor.unsafe(`select pid from pg_stat_activity where application_name = 'retort' and datname like $1`, [`${tag}\\_%`]);
      peak = Math.max(peak, rows.length);
      for (const r of rows) pids.add(r.pid);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const t0 = performance.now();
  const child = await new Promise((done) => {
    const { spawn } = require('node:child_process');
    const p = spawn(process.execPath, [CLI, ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
  const ms = performance.now() - t0;
  sampling = false;
  await sampler;
  await monitor.end();
  if (child.code !== 0) throw new Error(`retort ${args.join(' ')} exited ${child.code}: ${child.stderr.slice(-2000)}`);
  return { ms, peak, connections: pids.size, report: JSON.parse(child.stdout) };
}

/** The SQL alone, one tenant after another on the best connection reuse the layout allows. */
async function floor(kind, names) {
  const t0 = performance.now();
  if (kind === 'schemas') {
    const sql = postgres(withDb(`${tag}_s`), { max: 1, onnotice: () => {} });
    for (const n of names) {
      await sql.begin(async (tx) => {
        await tx.unsafe(`CREATE SCHEMA ${q(`floor_${n}`)}`);
        for (const s of floorSql(q(`floor_${n}`), 'items')) await tx.unsafe(s);
      });
    }
    await sql.end();
  } else {
    for (const n of names) {
      const sql = postgres(withDb(n), { max: 1, onnotice: () => {} });
      await sql.begin(async (tx) => {
        for (const s of floorSql('"public"', 'floor_items')) await tx.unsafe(s);
      });
      await sql.end();
    }
  }
  return performance.now() - t0;
}

async function admin(fn) {
  const sql = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

async function benchKind(kind, count) {
  const names = Array.from({ length: count }, (_, i) => (kind === 'schemas' ? `tenant_${i}` : `${tag}_d${i}`));
  const dbNames = kind === 'schemas' ? [`${tag}_s`] : names;
  log(`${kind}: creating ${dbNames.length} database(s)`);
  for (let i = 0; i < dbNames.length; i += 8) await Promise.all(dbNames.slice(i, i + 8).map((n) => admin((sql) => sql.unsafe(`CREATE DATABASE ${q(n)}`))));
  const dir = join(WORK_DIR, `${tag}_${kind}`);
  writeProject(dir, withDb(dbNames[0]), kind === 'schemas' ? { schemas: names } : { databases: names.map(withDb) });
  try {
    const t0 = performance.now();
    spawnSync(process.execPath, [CLI, 'heads'], { cwd: dir });
    const processMs = performance.now() - t0;
    const rows = [];
    for (const c of CONCURRENCY) {
      log(`${kind}: upgrade head --tenants --concurrency ${c} (${count} tenants)`);
      const up = await runSampled(dir, ['upgrade', 'head', '--tenants', '--concurrency', String(c), '--json']);
      const failed = up.report.tenants.filter((t) => t.status !== 'ok').length;
      rows.push({ kind, count, concurrency: c, ms: up.ms, peak: up.peak, opened: up.connections, failed });
      log(`${kind}: c=${c} ${Math.round(up.ms)} ms, peak ${up.peak} connections, ${up.connections} seen; downgrade base`);
      await runSampled(dir, ['downgrade', 'base', '--tenants', '--concurrency', '8', '--json']);
    }
    const floorMs = await floor(kind, names);
    return { rows, floorMs, processMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    log(`${kind}: dropping ${dbNames.length} database(s)`);
    for (let i = 0; i < dbNames.length; i += 8) await Promise.all(dbNames.slice(i, i + 8).map((n) => admin((sql) => sql.unsafe(`DROP DATABASE IF EXISTS ${q(n)} WITH (FORCE)`))));
  }
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const lines = [
  `Tenant fan-out (\`upgrade head --tenants\`, 3 small revisions per tenant), PostgreSQL server on loopback, load average ${loadavg()[0].toFixed(1)} at the start.`,
  '',
  '| layout | tenants | concurrency | wall time | tenants/s | peak connections | connections opened | failed |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const overhead = [];
for (const [kind, count] of [['schemas', SCHEMAS], ['databases', DATABASES]]) {
  if (!count) continue;
  const { rows, floorMs, processMs } = await benchKind(kind, count);
  for (const r of rows) lines.push(`| ${kind} | ${r.count} | ${r.concurrency} | ${fmt(r.ms)} | ${(r.count / (r.ms / 1000)).toFixed(1)} | ${r.peak} | ${r.opened} | ${r.failed} |`);
  const c1 = rows.find((r) => r.concurrency === 1);
  if (c1) overhead.push(`- ${kind}: concurrency 1 took ${fmt(c1.ms)}; the same DDL as plain SQL, one tenant after another (${kind === 'schemas' ? 'one connection' : 'a connection per database'}), took ${fmt(floorMs)}; the CLI process with the revision graph loaded (\`heads\`) ${fmt(processMs)}. Overhead per tenant beyond the SQL: ${((c1.ms - floorMs - processMs) / count).toFixed(1)} ms.`);
}
process.stdout.write(`${[...lines, '', ...overhead].join('\n')}\n`);
