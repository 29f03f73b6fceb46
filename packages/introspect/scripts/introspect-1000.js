#!/usr/bin/env node
/**
 * Benchmark: introspect a database of N tables (12 columns, a primary key, 2 more indexes and
 * a foreign key each) on the PostgreSQL server and compare with `pg_dump --schema-only`.
 *
 *   pnpm --filter @retort/schema build && pnpm --filter @retort/introspect build
 *   node packages/introspect/scripts/introspect-1000.js [tables=1000]
 *
 * Uses RETORT_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create
 * and finally drop its own database.
 */
const { execFileSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const postgres = require('postgres');
const { introspect, INTROSPECTION_QUERY_COUNT } = require('../dist');

const base = process.env.RETORT_TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const tables = Number(process.argv[2] || 1000);

function tableDdl(i) {
  const ref = i === 0 ? 't0000' : `t${String(i - 1).padStart(4, '0')}`;
  const name = `t${String(i).padStart(4, '0')}`;
  return `create table bench.${name} (
    id serial primary key, parent_id integer references bench.${ref} (id), code varchar(32) not null,
    title text, amount numeric(12,2) default 0, qty integer not null default 1, active boolean default true,
    created_at timestamptz not null default now(), updated_at timestamptz, data jsonb, tags text[], note varchar(255));
  create index ${name}_code_idx on bench.${name} (code);
  create index ${name}_created_idx on bench.${name} (created_at desc) where active;`;
}

async function main() {
  const dbName = `retort_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe('create schema bench');
    for (let i = 0; i < tables; i += 100) {
      await sql.unsafe(Array.from({ length: Math.min(100, tables - i) }, (_, k) => tableDdl(i + k)).join('\n'));
    }
    await sql.unsafe('analyze');
    let queries = 0;
    const db = { query: (text, params) => (queries++, sql.unsafe(text, params)) };
    const timings = [];
    let model;
    for (let run = 0; run < 5; run++) {
      queries = 0;
      const t0 = process.hrtime.bigint();
      model = await introspect(db);
      timings.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const dumpTimings = [];
    for (let run = 0; run < 3; run++) {
      const t0 = process.hrtime.bigint();
      execFileSync('pg_dump', ['--schema-only', '-d', url.toString()], { maxBuffer: 1 << 28 });
      dumpTimings.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const columns = model.tables.reduce((n, t) => n + t.columns.length, 0);
    const indexes = model.tables.reduce((n, t) => n + t.indexes.length, 0);
    const fks = model.tables.reduce((n, t) => n + t.foreignKeys.length, 0);
    const first = timings[0];
    const fmt = (xs) => `min ${Math.min(...xs).toFixed(0)} ms, median ${xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0)} ms`;
    console.log(`tables ${model.tables.length}, columns ${columns}, secondary indexes ${indexes}, foreign keys ${fks}, sequences ${model.sequences.length}`);
    console.log(`introspect: ${queries} queries (INTROSPECTION_QUERY_COUNT = ${INTROSPECTION_QUERY_COUNT}); ${fmt(timings)} over ${timings.length} runs (first run ${first.toFixed(0)} ms)`);
    console.log(`pg_dump --schema-only: ${fmt(dumpTimings)} over ${dumpTimings.length} runs`);
  } finally {
    await sql.end();
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
