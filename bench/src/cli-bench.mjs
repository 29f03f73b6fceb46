// The revision-graph commands as whole processes: `history`/`heads` over many revision files,
// `current` (plus what the database connection alone costs), `upgrade head` over 500 small
// revisions (per-revision overhead beyond the SQL itself), and which modules each command loads.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDatabase, targetOf } from './databases.mjs';
import { writeRevisionProject } from './revision-fixtures.mjs';
import { CLI } from './scenarios.mjs';
import { median, runChild, runProcess, timeProcess } from './timing.mjs';

const SRC = dirname(fileURLToPath(import.meta.url));
const RECORD = join(SRC, 'child', 'record-modules.cjs');

/** `node -e 0`: what any Node CLI pays before its first line runs. */
export function nodeStart(runs) {
  return timeProcess(['-e', '0'], { runs: Math.max(runs, 5) });
}

/** history and heads over `size` revisions (no database). */
export function benchGraph(size, runs) {
  const { dir } = writeRevisionProject(size);
  try {
    const history = timeProcess([CLI, 'history'], { cwd: dir, runs });
    const heads = timeProcess([CLI, 'heads'], { cwd: dir, runs });
    const lines = history.stdout.trim().split('\n').length;
    if (lines < size) throw new Error(`history listed ${lines} revisions, expected ${size}`);
    return { size, history: pick(history), heads: pick(heads) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pick = (t) => ({ ms: t.medianMs, minMs: t.minMs, peakMiB: t.peakMiB });

/** `current` on a database stamped at the head of `size` revisions, and the bare connection. */
export async function benchCurrent(size, runs, { server } = {}) {
  const { dir } = writeRevisionProject(size);
  const db = await createDatabase(`current_${size}`, { server });
  const env = { ...process.env, RETORT_DATABASE_URL: db.retortUrl };
  try {
    runProcess([CLI, 'stamp', 'head'], { cwd: dir, env });
    const current = timeProcess([CLI, 'current'], { cwd: dir, env, runs });
    const connects = [];
    for (let i = 0; i < runs; i++)
      connects.push(
        runChild(join(SRC, 'child', 'connect.mjs'), { target: targetOf(db) }).connectMs,
      );
    return { size, database: db.kind, current: pick(current), connectMs: median(connects) };
  } finally {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `upgrade head` over `count` revisions that each run one `select`, on a fresh database per run,
 * against the SQL itself: the `upgrade head --sql` script (same statements, same version-table
 * updates) executed by a bare process over the same kind of connection.
 */
export async function benchUpgrade(count, runs, { server } = {}) {
  const { dir } = writeRevisionProject(count);
  const script = join(tmpdir(), `retort-bench-upgrade-${process.pid}.sql`);
  try {
    const upgrades = [];
    const baselines = [];
    let peakMiB = 0;
    for (let i = 0; i < runs; i++) {
      const db = await createDatabase(`upgrade_${count}_${i}`, { server });
      const env = { ...process.env, RETORT_DATABASE_URL: db.retortUrl };
      try {
        const r = runProcess([CLI, 'upgrade', 'head'], { cwd: dir, env });
        upgrades.push(r.ms);
        peakMiB = Math.max(peakMiB, r.peakMiB);
      } finally {
        await db.drop();
      }
      const db2 = await createDatabase(`upgrade_sql_${count}_${i}`, { server });
      try {
        const sql = runProcess([CLI, 'upgrade', 'head', '--sql'], {
          cwd: dir,
          env: { ...process.env, RETORT_DATABASE_URL: db2.retortUrl },
        }).stdout;
        writeFileSync(script, sql);
        baselines.push(
          runChild(join(SRC, 'child', 'run-script.mjs'), { target: targetOf(db2), script }).ms,
        );
      } finally {
        await db2.drop();
      }
    }
    const upgradeMs = median(upgrades);
    const baselineMs = median(baselines);
    return {
      count,
      upgradeMs,
      baselineMs,
      perRevisionMs: (upgradeMs - baselineMs) / count,
      peakMiB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(script, { force: true });
  }
}

/** Packages whose presence in a command's process is worth reporting. */
export const WATCHED = [
  'ts-morph',
  'typescript',
  'prettier',
  'typeorm',
  'drizzle-orm',
  'drizzle-kit',
  '@swc/core',
  '@electric-sql/pglite',
  'postgres',
  'yargs',
];

/** The package a loaded file belongs to: `name` from node_modules, `@retort/x` for workspace packages. */
function packageOf(file) {
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + 14).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const ws = /\/(packages|apps)\/([^/]+)\//.exec(file);
  if (ws) return ws[1] === 'apps' && ws[2] === 'cli' ? 'retort' : `@retort/${ws[2]}`;
  return relative(process.cwd(), file);
}

/** Runs one command under the module recorder; returns its modules grouped by package. */
export function modulesOf(args, { cwd, env, okStatus = [0, 1] }) {
  const out = join(tmpdir(), `retort-bench-modules-${process.pid}.json`);
  try {
    const r = runProcess(['--require', RECORD, CLI, ...args], {
      cwd,
      env: { ...env, RETORT_BENCH_MODULES_OUT: out },
      okStatus,
    });
    const { modules } = JSON.parse(readFileSync(out, 'utf8'));
    const packages = {};
    for (const m of modules) packages[packageOf(m)] = (packages[packageOf(m)] ?? 0) + 1;
    return {
      ms: r.ms,
      peakMiB: r.peakMiB,
      moduleCount: modules.length,
      packages,
      watched: WATCHED.filter((p) => packages[p]),
    };
  } finally {
    rmSync(out, { force: true });
  }
}

/** Which modules each command loads, on a small Drizzle project at head and a TypeORM one. */
export async function benchModules({ drizzleDir, typeormDir, server }) {
  const results = {};
  for (const [orm, dir] of [
    ['drizzle', drizzleDir],
    ['typeorm', typeormDir],
  ]) {
    const db = await createDatabase(`modules_${orm}`, { server });
    const env = { ...process.env, RETORT_DATABASE_URL: db.retortUrl };
    try {
      runProcess([CLI, 'revision', '--autogenerate', '-m', 'init', '--no-interactive'], {
        cwd: dir,
        env,
      });
      // in this order: upgrade applies the model; revision then writes a real (empty) file
      const commands = {
        'upgrade head': ['upgrade', 'head'],
        check: ['check', '--no-interactive'],
        'revision --autogenerate': [
          'revision',
          '--autogenerate',
          '-m',
          'probe',
          '--allow-empty',
          '--no-interactive',
        ],
        current: ['current'],
        history: ['history'],
        heads: ['heads'],
      };
      const byCommand = {};
      for (const [name, args] of Object.entries(commands)) {
        byCommand[name] = modulesOf(args, {
          cwd: dir,
          env,
          okStatus: name === 'check' ? [0, 1] : [0],
        });
        // the probe revision would leave the database behind head; remove it again
        if (name === 'revision --autogenerate') runProcess(['-e', removeProbe], { cwd: dir });
      }
      results[orm] = byCommand;
    } finally {
      await db.drop();
      rmSync(join(dir, 'migrations', 'versions'), { recursive: true, force: true });
      runProcess(['-e', "require('fs').mkdirSync('migrations/versions',{recursive:true})"], {
        cwd: dir,
      });
    }
  }
  return results;
}

const removeProbe = `const fs=require('fs'),p='migrations/versions';for(const x of fs.readdirSync(p))if(x.includes('_probe'))fs.rmSync(p+'/'+x);`;
