// Renders the results of a run (see run.mjs) as markdown: the tables and the target verdicts.
import { fmt } from './timing.mjs';

const mib = (v) => (Number.isFinite(v) && v > 0 ? `${v.toFixed(0)} MiB` : '–');
const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0
    ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`
    : '–';
const yes = (v) => (v === true ? 'yes' : v === false ? '**no**' : '–');
const code = (s) => '`' + String(s).replace(/\s+/g, ' ').replace(/`/g, "'").slice(0, 140) + '`';

const PEERS = {
  'drizzle-kit': 'drizzle-kit `pushSchema`',
  typeorm: 'TypeORM `createSchemaBuilder().log()`',
};

/** The rows of the main table for one (N, ORM, scenario). */
function scenarioRows(r, scenario, nodeStartMs) {
  const s = r.scenarios[scenario];
  const rt = s.retort;
  const base = rt.check.ms;
  const rows = [];
  const model = r.orm === 'drizzle' ? 'Drizzle' : 'TypeORM';
  const row = (tool, ms, { stmts = '–', correct = '–', peak, note = '', processMs } = {}) =>
    rows.push(
      `| ${r.n} | ${model} | ${scenario} | ${tool} | ${fmt(ms)} | ${processMs === undefined ? '' : fmt(processMs)} | ${ratio(ms, base)} | ${stmts} | ${correct} | ${mib(peak)} |${note ? ` ${note}` : ''}`,
    );
  row('retort `check`', base, {
    stmts: rt.statements.length,
    correct: yes(rt.correct),
    peak: rt.check.peakMiB,
    processMs: base,
  });
  row('retort `revision --autogenerate`', rt.revision.ms, {
    peak: rt.revision.peakMiB,
    processMs: rt.revision.ms,
  });
  for (const peer of ['drizzle-kit', 'typeorm']) {
    const p = s[peer];
    if (!p) continue;
    if (p.timedOut)
      row(PEERS[peer], p.ms, { stmts: 'stopped', note: `(stopped after ${fmt(p.ms)})` });
    else if (p.failed) row(PEERS[peer], NaN, { stmts: 'failed' });
    else
      row(PEERS[peer], p.diffMs, {
        stmts: p.statements.length,
        correct: yes(p.correct),
        peak: p.peakMiB,
        processMs: p.ms,
      });
  }
  const ref = s.reference;
  row("floor: retort's catalog queries alone", ref.phases.floor, {});
  const refSum = nodeStartMs + ref.phases.loadModel + ref.phases.floor;
  row('node start + model load + floor', refSum, { peak: ref.peakMiB });
  return rows;
}

export function verdicts(results) {
  const out = [];
  const { models = [], graph = [], current = [], modules, nodeStart } = results;
  const nodeStartMs = nodeStart?.ms ?? NaN;
  const largest = Math.max(...models.map((m) => m.n));
  const at = (orm) => models.find((m) => m.n === largest && m.orm === orm);
  const d = at('drizzle');
  const t = at('typeorm');
  if (d || t) {
    // each peer against retort on the same model; the target is about the faster peer
    const pairs = [
      ['drizzle-kit', d?.scenarios.S2['drizzle-kit'], d?.scenarios.S2.retort.check.ms],
      ['TypeORM', t?.scenarios.S2.typeorm, t?.scenarios.S2.retort.check.ms],
    ].filter(([, p]) => p && !p.failed);
    const timeOf = (p) => (p.timedOut ? p.ms : p.diffMs);
    const factors = pairs.map(([name, p, check]) => ({
      name,
      peer: timeOf(p),
      check,
      factor: timeOf(p) / check,
    }));
    const faster = factors.sort((a, b) => a.peer - b.peer)[0];
    out.push({
      target: `S2 at N=${largest}: retort \`check\` (whole process) ≥ 15× faster than the faster of drizzle-kit and TypeORM`,
      met: faster ? faster.factor >= 15 : null,
      detail: factors.length
        ? factors
            .map(
              (f) =>
                `${f.name} ${fmt(f.peer)} (diff call alone) vs retort check ${fmt(f.check)} on the same model: ${f.factor.toFixed(1)}×`,
            )
            .join('; ') + `; the faster peer is ${faster.name}`
        : 'no peer measured',
    });
    for (const m of [d, t].filter(Boolean)) {
      const s = m.scenarios.S2;
      const reference = nodeStartMs + s.reference.phases.loadModel + s.reference.phases.floor;
      out.push({
        target: `S2 at N=${largest}, ${m.orm} model: check within 2× of (floor + node start + model load)`,
        met: s.retort.check.ms <= 2 * reference,
        detail: `check ${fmt(s.retort.check.ms)} vs 2 × (${fmt(s.reference.phases.floor)} + ${fmt(nodeStartMs)} + ${fmt(s.reference.phases.loadModel)}) = ${fmt(2 * reference)} (${(s.retort.check.ms / reference).toFixed(2)}× the reference)`,
      });
    }
    const wrong = models.flatMap((m) =>
      ['S2', 'S3']
        .filter((sc) => m.scenarios[sc].retort.correct !== true)
        .map((sc) => `${m.orm} N=${m.n} ${sc}`),
    );
    out.push({
      target:
        'zero spurious statements on both the Drizzle and the TypeORM model (S2 one add-column, S3 none)',
      met: wrong.length === 0,
      detail: wrong.length
        ? `wrong: ${wrong.join(', ')}`
        : `all ${models.length * 2} S2/S3 runs exact`,
    });
  }
  if (models.length) {
    const counts = new Set(
      models.flatMap((m) => Object.values(m.scenarios).map((s) => s.retort.queries?.introspect)),
    );
    const canon = new Set(
      models.flatMap((m) => Object.values(m.scenarios).map((s) => s.retort.queries?.canonicalize)),
    );
    out.push({
      target: 'introspection issues a fixed number of queries whatever N is',
      met: counts.size === 1,
      detail: `introspect(): ${[...counts].join(', ')} queries at every N (INTROSPECTION_QUERY_COUNT = ${models[0].scenarios.S1.retort.queries?.introspectConstant}); expression canonicalisation adds ${[...canon].join(' / ')} (distinct expressions, not tables)`,
    });
  }
  const g = graph.find((x) => x.size === 10000);
  if (g)
    out.push({
      target: '`history` and `heads` over 10,000 revisions under 0.5 s',
      met: g.history.ms < 500 && g.heads.ms < 500,
      detail: `history ${fmt(g.history.ms)}, heads ${fmt(g.heads.ms)}`,
    });
  const c = current[current.length - 1];
  if (c)
    out.push({
      target: '`current` under 0.3 s plus the database connection',
      met: c.current.ms < 300 + c.connectMs,
      detail: `current ${fmt(c.current.ms)} over ${c.size} revisions; connection alone ${fmt(c.connectMs)} (${c.database})`,
    });
  if (modules) {
    const heavy = ['ts-morph', 'prettier', 'typeorm', 'typescript'];
    const bad = [];
    for (const [orm, cmds] of Object.entries(modules)) {
      for (const cmd of ['current', 'history', 'heads', 'upgrade head']) {
        const loaded = (cmds[cmd]?.watched ?? []).filter((p) => heavy.includes(p));
        if (loaded.length) bad.push(`${cmd} (${orm}): ${loaded.join(', ')}`);
      }
    }
    out.push({
      target: 'no ts-morph, prettier or typeorm loaded for current, history, heads, upgrade',
      met: bad.length === 0,
      detail: bad.length ? bad.join('; ') : 'none of them loaded',
    });
  }
  return out;
}

export function renderMarkdown(results) {
  const { meta, models = [], graph = [], current = [], upgrade, modules, nodeStart } = results;
  const L = [];
  const nodeStartMs = nodeStart?.ms ?? NaN;
  L.push('# Benchmarks', '');
  L.push(
    'Generated by `pnpm bench` (bench/src/run.mjs); re-run it to refresh this page. Timings never fail CI;',
  );
  L.push(
    '`bench/test/smoke.test.ts` runs a tiny version (N=10, one repetition, PGlite) so that the benchmark keeps working.',
    '',
  );
  L.push('## Run', '');
  L.push(`- Date: ${meta.date}`);
  L.push(
    `- Machine: ${meta.cpus} × ${meta.cpuModel}, ${meta.memoryGiB} GiB memory, ${meta.platform}; load average ${meta.loadBefore} at the start, ${meta.loadAfter ?? '?'} at the end`,
  );
  L.push(`- Database: ${meta.database}`);
  L.push(
    `- Versions: ${Object.entries(meta.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  L.push(
    `- Sizes N = ${meta.sizes.join(', ')}; ${meta.runs} run(s) per measurement, medians reported; every process is a fresh \`node\` process; node start alone (\`node -e 0\`): ${fmt(nodeStartMs)}`,
  );
  if (meta.notes?.length) for (const n of meta.notes) L.push(`- ${n}`);
  L.push('');

  const v = verdicts(results);
  if (v.length) {
    L.push('## Targets', '', '| target | met | measured |', '| --- | --- | --- |');
    for (const x of v)
      L.push(`| ${x.target} | ${x.met === null ? '–' : x.met ? 'yes' : '**no**'} | ${x.detail} |`);
    L.push('');
  }

  if (models.length) {
    L.push('## Model vs database: S1 (empty database), S2 (one column added), S3 (no change)', '');
    L.push(
      'Each table: 13 columns (identity or serial key, varchar(255), text, integer default 0, bigint, boolean default true, numeric(12,2), timestamptz default now() and a nullable one, jsonb, uuid default gen_random_uuid(), varchar(64), integer FK), a unique and a plain index, and a foreign key to an earlier table. The same schema is written as a Drizzle module and as TypeORM entity files; drizzle-kit runs on the Drizzle model, TypeORM on the TypeORM model, retort on both.',
      '',
    );
    L.push(
      '*time*: for retort, the whole CLI process; for the peers, the diff call alone (`pushSchema`, or `log()` after `initialize()`), their *process* time (loading the model with the same TypeScript loader, the tool, connecting) is next to it. *× retort* = time / retort `check` time on the same model. *statements*: SQL statements the tool would run. *correct*: S2 exactly the one add-column, S3 nothing.',
      '',
    );
    L.push(
      '| N | model | scenario | tool | time | process | × retort | statements | correct | peak RSS |',
    );
    L.push('| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: |');
    for (const r of models)
      for (const sc of ['S1', 'S2', 'S3']) L.push(...scenarioRows(r, sc, nodeStartMs));
    L.push('');

    const spurious = [];
    for (const r of models) {
      for (const sc of ['S2', 'S3']) {
        for (const tool of ['retort', 'drizzle-kit', 'typeorm']) {
          const x = r.scenarios[sc][tool];
          if (x && x.correct === false)
            spurious.push(
              `- ${tool}, ${r.orm} model, N=${r.n}, ${sc}: ${x.spurious} spurious statement(s), e.g. ${code(x.example)}`,
            );
        }
      }
    }
    L.push('### Spurious statements', '');
    L.push(...(spurious.length ? spurious : ['None.']), '');

    L.push('### retort, phase by phase (in one process, medians)', '');
    L.push(
      "*load*: importing retort's packages; *extract*: loading the user's model and building the SchemaModel, including *canonicalise* (the model's default/index expressions read back through the database, once per distinct expression); *introspect*: the catalog queries and assembling the model; *codegen*: rendering and formatting the revision file (ts-morph, prettier). Queries are counted through a wrapping Queryable.",
      '',
    );
    L.push(
      '| N | model | scenario | load | connect | extract | (canonicalise) | introspect | diff | codegen | introspect queries | canonicalise queries | floor |',
    );
    L.push(
      '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of models) {
      for (const sc of ['S1', 'S2', 'S3']) {
        const s = r.scenarios[sc];
        const p = s.retort.phases;
        const q = s.retort.queries ?? {};
        L.push(
          `| ${r.n} | ${r.orm} | ${sc} | ${fmt(p.loadRetort)} | ${fmt(p.connect)} | ${fmt(p.extract)} | ${fmt(p.canonicalize)} | ${fmt(p.introspect)} | ${fmt(p.diff)} | ${fmt(p.codegen)} | ${q.introspect} | ${q.canonicalize} | ${fmt(s.reference.phases.floor)} |`,
        );
      }
    }
    L.push('');
    L.push(
      `Building each database with retort (\`upgrade head\` of the S1 revision): ${models.map((m) => `${m.orm} N=${m.n} ${fmt(m.build.upgradeMs)}`).join(', ')}.`,
      '',
    );
  }

  if (graph.length || current.length || upgrade) {
    L.push('## Revision graph commands', '');
    if (graph.length) {
      L.push('| revisions | `history` | `heads` | peak RSS |', '| ---: | ---: | ---: | ---: |');
      for (const g of graph)
        L.push(
          `| ${g.size} | ${fmt(g.history.ms)} | ${fmt(g.heads.ms)} | ${mib(Math.max(g.history.peakMiB, g.heads.peakMiB))} |`,
        );
      L.push('');
    }
    for (const c of current)
      L.push(
        `- \`current\` over ${c.size} revisions (${c.database}): ${fmt(c.current.ms)} (peak ${mib(c.current.peakMiB)}); opening the connection alone (+ \`select 1\`): ${fmt(c.connectMs)}.`,
      );
    if (upgrade) {
      L.push(
        `- \`upgrade head\` applying ${upgrade.count} revisions (each one \`select\`) to a fresh database: ${fmt(upgrade.upgradeMs)} (peak ${mib(upgrade.peakMiB)}); the same SQL (\`upgrade head --sql\`, version-table updates included) run by a bare node process: ${fmt(upgrade.baselineMs)}; overhead per revision: **${upgrade.perRevisionMs.toFixed(2)} ms**.`,
      );
    }
    L.push('');
  }

  if (modules) {
    L.push('## Modules loaded per command', '');
    L.push(
      'Recorded with a `--require` hook (CommonJS `Module._load` plus an ES-module load hook) on a 5-table project at head; one run each, so times include the hook.',
      '',
    );
    L.push(
      '| model | command | modules | heavy packages loaded | time |',
      '| --- | --- | ---: | --- | ---: |',
    );
    for (const [orm, cmds] of Object.entries(modules)) {
      for (const [cmd, m] of Object.entries(cmds))
        L.push(
          `| ${orm} | \`${cmd}\` | ${m.moduleCount} | ${m.watched.join(', ')} | ${fmt(m.ms)} |`,
        );
    }
    L.push('');
  }
  if (results.findings?.length) {
    L.push('## Findings', '');
    for (const f of results.findings) L.push(`- ${f}`);
    L.push('');
  }
  return L.join('\n');
}
