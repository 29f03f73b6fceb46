#!/usr/bin/env node
// `pnpm bench`: retort vs drizzle-kit vs TypeORM on synthetic models, the revision-graph
// commands, and the modules each command loads. Prints markdown and writes docs/benchmarks.md.
//
//   --sizes=50,250,1000,5000  model sizes (tables)            --runs=3        repetitions (medians)
//   --tools=retort,drizzle-kit,typeorm                    --orms=drizzle,typeorm
//   --parts=models,graph,current,upgrade,modules          --graph-sizes=1000,10000
//   --drizzle-kit-max-n=1000  --upgrade-count=500   --timeout=600 (s, per peer run)  --json-out=FILE  --from-json=FILE
//   --out=FILE (default docs/benchmarks.md)  --no-write   --pglite (ignore RETORT_BENCH_DATABASE_URL)
//   --merge=FILE,…  replace model results by those of other --json-out files
//
// The database is the server at RETORT_BENCH_DATABASE_URL when set, else PGlite.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { benchModel } from './scenarios.mjs';
import { benchCurrent, benchGraph, benchModules, benchUpgrade, nodeStart } from './cli-bench.mjs';
import { SERVER_URL } from './databases.mjs';
import { BENCH_DIR, WORK_DIR, writeModelProject } from './model-fixtures.mjs';
import { renderMarkdown } from './report.mjs';

const require = createRequire(import.meta.url);
const flag = (name, fallback) => {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
const list = (v) =>
  String(v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const sizes = list(flag('sizes', '50,250,1000,5000')).map(Number);
/** drizzle-kit's pushSchema is quadratic in N (≈ 3 min at N=1000): not run above this size. */
const DRIZZLE_KIT_MAX_N = Number(flag('drizzle-kit-max-n', 1000));
const runs = Number(flag('runs', 3));
const tools = list(flag('tools', 'retort,drizzle-kit,typeorm'));
const orms = list(flag('orms', 'drizzle,typeorm'));
const parts = list(flag('parts', 'models,graph,current,upgrade,modules'));
const graphSizes = list(flag('graph-sizes', '1000,10000')).map(Number);
const upgradeCount = Number(flag('upgrade-count', 500));
const timeoutMs = Number(flag('timeout', 600)) * 1000;
const server = flag('pglite', false) ? false : SERVER_URL !== null;
const out = resolve(BENCH_DIR, String(flag('out', '../docs/benchmarks.md')));
const jsonOut = flag('json-out', null);
const KEEP_MARKER =
  '<!-- Everything below this line is kept when `pnpm bench` rewrites the page. -->';
const log = (line) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

// read package.json from disk: packages with an `exports` map refuse `require('x/package.json')`
const version = (pkg) => {
  for (const base of [join(BENCH_DIR, 'node_modules'), join(BENCH_DIR, '..', 'node_modules')]) {
    try {
      return JSON.parse(readFileSync(join(base, pkg, 'package.json'), 'utf8')).version;
    } catch {}
  }
  return '?';
};

async function serverVersion() {
  const postgres = require('postgres');
  const sql = postgres(SERVER_URL, { max: 1 });
  try {
    return (await sql`show server_version`)[0].server_version;
  } finally {
    await sql.end();
  }
}

async function measure() {
  const results = {
    meta: {
      date: new Date().toISOString(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '?',
      memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
      platform: `${platform()} ${release()}, Node ${process.version}`,
      loadBefore: loadavg()
        .map((x) => x.toFixed(1))
        .join(' / '),
      database: server
        ? `PostgreSQL ${await serverVersion()} (server)`
        : `PGlite ${version('@electric-sql/pglite')}`,
      versions: {
        retort: version('retort'),
        '@electric-sql/pglite': version('@electric-sql/pglite'),
        'drizzle-orm': version('drizzle-orm'),
        'drizzle-kit': version('drizzle-kit'),
        typeorm: version('typeorm'),
        pg: version('pg'),
        postgres: version('postgres'),
      },
      sizes,
      runs,
      tools,
      notes: sizes.some((n) => n > DRIZZLE_KIT_MAX_N && tools.includes('drizzle-kit'))
        ? [
            `drizzle-kit is not run above N=${DRIZZLE_KIT_MAX_N} (its pushSchema is quadratic: ≈ 3 min at N=1000).`,
          ]
        : [],
    },
  };
  log(`node start`);
  const ns = nodeStart(runs);
  results.nodeStart = { ms: ns.medianMs };
  const save = () => jsonOut && writeFileSync(String(jsonOut), JSON.stringify(results, null, 1));

  if (parts.includes('models')) {
    results.models = [];
    for (const n of sizes) {
      for (const orm of orms) {
        const peerTools = tools.filter(
          (t) => t !== 'retort' && !(t === 'drizzle-kit' && n > DRIZZLE_KIT_MAX_N),
        );
        results.models.push(
          await benchModel({ n, orm, runs, tools: peerTools, timeoutMs, server, log }),
        );
        save();
      }
    }
  }
  if (parts.includes('graph')) {
    results.graph = [];
    for (const size of graphSizes) {
      log(`history/heads over ${size} revisions`);
      results.graph.push(benchGraph(size, runs));
    }
    save();
  }
  if (parts.includes('current')) {
    log(`current over ${Math.max(...graphSizes)} revisions`);
    results.current = [await benchCurrent(Math.max(...graphSizes), runs, { server })];
    save();
  }
  if (parts.includes('upgrade')) {
    log(`upgrade head over ${upgradeCount} revisions`);
    results.upgrade = await benchUpgrade(upgradeCount, runs, { server });
    save();
  }
  if (parts.includes('modules')) {
    log('modules per command');
    results.modules = await benchModules({
      drizzleDir: writeModelProject('modules-drizzle', 'drizzle', 5),
      typeormDir: writeModelProject('modules-typeorm', 'typeorm', 5),
      server,
    });
  }
  results.meta.loadAfter = loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
  save();
  return results;
}

const fromJson = flag('from-json', null);
const results = fromJson ? JSON.parse(readFileSync(String(fromJson), 'utf8')) : await measure();
for (const [k, v] of Object.entries(results.meta.versions))
  if (v === '?') results.meta.versions[k] = version(k);
// --merge=FILE: take the model results of another run (e.g. a size re-measured on a quiet machine)
for (const file of list(flag('merge', ''))) {
  const other = JSON.parse(readFileSync(file, 'utf8'));
  for (const m of other.models ?? []) {
    const i = results.models.findIndex((x) => x.n === m.n && x.orm === m.orm);
    if (i >= 0) results.models[i] = m;
    else results.models.push(m);
  }
  results.meta.notes.push(
    `N=${[...new Set((other.models ?? []).map((m) => m.n))].join(', ')} re-measured on ${other.meta.date} (load average ${other.meta.loadBefore} → ${other.meta.loadAfter}).`,
  );
}
results.models?.sort((a, b) => a.n - b.n || a.orm.localeCompare(b.orm));
mkdirSync(WORK_DIR, { recursive: true });
if (!fromJson) writeFileSync(join(WORK_DIR, 'last-results.json'), JSON.stringify(results, null, 1));
const markdown = renderMarkdown(results);
process.stdout.write(markdown + '\n');
if (!flag('no-write', false)) {
  mkdirSync(dirname(out), { recursive: true });
  // hand-written analysis below the marker survives a re-run
  const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const kept = previous.includes(KEEP_MARKER)
    ? previous.slice(previous.indexOf(KEEP_MARKER))
    : `${KEEP_MARKER}\n`;
  writeFileSync(out, `${markdown}\n${kept}`);
  log(`wrote ${out}`);
}
