// Scenarios S1–S3 for one model size and one ORM, every tool on the same database.
//   S1  empty database → the whole model
//   S2  database matching the model, one column added to one table (the diff must be one add-column)
//   S3  no change (the diff must be empty)
// The "database matching the model" is built by retort itself: the S1 `revision --autogenerate`
// file is applied with `upgrade head`. S3 and S2 then read that database (nothing they run
// writes to it: `check`, pushSchema without apply, TypeORM's log()).
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, targetOf } from './databases.mjs';
import {
  changedTable,
  EXTRA_COLUMN,
  setExtraColumn,
  writeModelProject,
} from './model-fixtures.mjs';
import { median, runChild, runProcess, timeProcess } from './timing.mjs';

const SRC = dirname(fileURLToPath(import.meta.url));
export const CLI = resolve(SRC, '../../apps/cli/dist/bin.js');
const child = (name) => join(SRC, 'child', name);

/** Peers that take longer than this on their first run are not repeated. */
const SLOW_MS = 60_000;

const medianPhases = (results) => {
  const keys = Object.keys(results[0]?.phases ?? {});
  return Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r.phases[k]))]));
};

/** Runs a child `runs` times (fewer when it is slow), returns medians, the last result and peak memory. */
function repeatChild(script, input, { runs, timeoutMs }) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    try {
      results.push(runChild(script, input, { timeoutMs }));
    } catch (error) {
      if (error.timedOut)
        return { timedOut: true, ms: error.ms, runs: results.length, error: error.message };
      return {
        failed: true,
        error: error.message.split('\n').slice(0, 6).join('\n'),
        runs: results.length,
      };
    }
    if (results[results.length - 1].ms > SLOW_MS) break;
  }
  const last = results[results.length - 1];
  return {
    ms: median(results.map((r) => r.ms)),
    phases: medianPhases(results),
    peakMiB: Math.max(...results.map((r) => r.peakMiB || r.maxRssKiB / 1024)),
    runs: results.length,
    last,
  };
}

const versionFiles = (dir) =>
  readdirSync(join(dir, 'migrations', 'versions')).filter((f) => f.endsWith('.ts'));

/** What a diff should be in each scenario, and how a list of SQL statements measures up. */
export function judge(scenario, n, statements) {
  if (scenario === 'S1') return { correct: null, spurious: 0, example: null };
  const isExpected = (s) =>
    scenario === 'S2' &&
    new RegExp(
      `ALTER TABLE "(public"\\.")?${changedTable(n)}" ADD (COLUMN )?"${EXTRA_COLUMN}" text`,
      'i',
    ).test(s);
  const expected = statements.filter(isExpected);
  const spurious = statements.filter((s) => !isExpected(s));
  const correct = spurious.length === 0 && expected.length === (scenario === 'S2' ? 1 : 0);
  return {
    correct,
    spurious: spurious.length,
    example: spurious[0]?.trim() ?? (correct ? null : '(the add-column is missing)'),
  };
}

function retortCheck(dir, env, runs) {
  const t = timeProcess([CLI, 'check', '--format', 'json', '--no-interactive'], {
    cwd: dir,
    env,
    runs,
    okStatus: [0, 1],
  });
  const json = JSON.parse(t.stdout);
  return {
    ...t,
    operations: json.operations.map((o) => o.kind),
    statements: json.operations.flatMap((o) => o.sql),
  };
}

function retortRevision(dir, env, runs, { keep = false } = {}) {
  const before = new Set(versionFiles(dir));
  const cleanup = () => {
    for (const f of versionFiles(dir))
      if (!before.has(f)) rmSync(join(dir, 'migrations', 'versions', f));
  };
  const t = timeProcess([CLI, 'revision', '--autogenerate', '-m', 'bench', '--no-interactive'], {
    cwd: dir,
    env,
    runs,
    before: cleanup,
  });
  const written = versionFiles(dir).filter((f) => !before.has(f));
  if (!keep) cleanup();
  return { ...t, written };
}

/**
 * Measures one scenario on `db` (which is in the scenario's state). Returns per-tool rows.
 * The queries file recorded by retort's phase run is what the reference replays.
 */
function measureScenario(scenario, { n, orm, dir, db, runs, tools, timeoutMs, keepRevision, log }) {
  const env = { ...process.env, RETORT_DATABASE_URL: db.retortUrl };
  const target = targetOf(db);
  const rows = {};
  const queriesFile = join(dir, `.queries-${scenario}.json`);

  log(`  ${scenario} retort check`);
  const check = retortCheck(dir, env, runs);
  log(`  ${scenario} retort revision --autogenerate`);
  const revision = retortRevision(dir, env, runs, { keep: keepRevision });
  log(`  ${scenario} retort phases`);
  const phases = repeatChild(
    child('retort-phases.mjs'),
    { dir, orm, target, queriesOut: queriesFile },
    { runs },
  );
  log(`  ${scenario} reference (node + model load + catalog queries)`);
  const reference = repeatChild(
    child('reference.mjs'),
    { dir, orm, target, queriesFile, repeat: 5 },
    { runs },
  );
  rows.retort = {
    check: { ms: check.medianMs, peakMiB: check.peakMiB },
    revision: { ms: revision.medianMs, peakMiB: revision.peakMiB, written: revision.written },
    phases: phases.phases,
    queries: phases.last?.queries,
    phasePeakMiB: phases.peakMiB,
    operations: check.operations,
    statements: check.statements,
    ...judge(scenario, n, check.statements),
  };
  rows.reference = {
    ms: reference.ms,
    phases: reference.phases,
    peakMiB: reference.peakMiB,
    queryCount: reference.last?.queryCount,
  };

  const peer = orm === 'drizzle' ? 'drizzle-kit' : 'typeorm';
  if (tools.includes(peer)) {
    log(`  ${scenario} ${peer}`);
    const script = child(peer === 'drizzle-kit' ? 'peer-drizzle-kit.mjs' : 'peer-typeorm.mjs');
    const r = repeatChild(script, { dir, target }, { runs, timeoutMs });
    rows[peer] =
      r.timedOut || r.failed
        ? { ...r, statements: null }
        : {
            ms: r.ms,
            diffMs: r.phases.diff,
            phases: r.phases,
            peakMiB: r.peakMiB,
            runs: r.runs,
            statements: r.last.statements,
            ...judge(scenario, n, r.last.statements),
          };
  }
  return rows;
}

/** S1, S3 and S2 for one ORM at one size. */
export async function benchModel({
  n,
  orm,
  runs = 3,
  tools = ['retort', 'drizzle-kit', 'typeorm'],
  timeoutMs = 600_000,
  server,
  log = () => {},
}) {
  const dir = writeModelProject(`${orm}-${n}`, orm, n);
  const db = await createDatabase(`${orm}_${n}`, { server });
  const env = { ...process.env, RETORT_DATABASE_URL: db.retortUrl };
  const common = { n, orm, dir, db, runs, tools, timeoutMs, log };
  try {
    log(`${orm} N=${n} on ${db.kind} (${db.name})`);
    const s1 = measureScenario('S1', { ...common, keepRevision: true });
    const expectedS1 = n + 2 * n + (n - 1);
    s1.retort.correct = s1.retort.operations.length === expectedS1;
    if (!s1.retort.correct)
      s1.retort.example = `expected ${expectedS1} operations, got ${s1.retort.operations.length}`;

    log(`  building the database with retort upgrade head`);
    const upgrade = runProcess([CLI, 'upgrade', 'head'], { cwd: dir, env });

    const s3 = measureScenario('S3', { ...common, keepRevision: false });
    setExtraColumn(dir, orm, n, true);
    const s2 = measureScenario('S2', { ...common, keepRevision: false });
    setExtraColumn(dir, orm, n, false);
    return {
      n,
      orm,
      database: db.kind,
      scenarios: { S1: s1, S2: s2, S3: s3 },
      build: { upgradeMs: upgrade.ms, upgradePeakMiB: upgrade.peakMiB },
    };
  } finally {
    await db.drop();
  }
}
