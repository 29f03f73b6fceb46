/**
 * The benchmark's smoke run: N=10, one repetition, PGlite, every part at a tiny size. It asserts
 * what the benchmark reports as correctness (retort's S2 diff is exactly one add-column, S3 is
 * empty), never timings, so that `pnpm bench` cannot rot unnoticed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const BENCH = join(__dirname, '..');
const WORK = join(BENCH, '.work');

interface ToolResult {
  statements: string[] | null;
  correct?: boolean | null;
  operations?: string[];
  failed?: boolean;
  error?: string;
  queries?: { introspect: number; introspectConstant: number };
}
interface ModelResult {
  n: number;
  orm: 'drizzle' | 'typeorm';
  scenarios: Record<'S1' | 'S2' | 'S3', Record<string, ToolResult>>;
}

describe('pnpm bench (smoke: N=10, one run, PGlite)', () => {
  let dir: string;
  let results: {
    models: ModelResult[];
    graph: unknown[];
    upgrade: { count: number };
    modules: Record<string, Record<string, { watched: string[] }>>;
  };
  let markdown: string;

  beforeAll(() => {
    require('node:fs').mkdirSync(WORK, { recursive: true });
    dir = mkdtempSync(join(WORK, 'smoke-'));
    const json = join(dir, 'results.json');
    const env: NodeJS.ProcessEnv = { ...process.env, RETORT_BENCH_WORK_DIR: dir };
    delete env.RETORT_BENCH_DATABASE_URL; // PGlite only
    const r = spawnSync(
      process.execPath,
      [
        'src/run.mjs',
        '--sizes=10',
        '--runs=1',
        '--graph-sizes=30',
        '--upgrade-count=5',
        `--json-out=${json}`,
        '--no-write',
        '--pglite',
      ],
      { cwd: BENCH, env, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (r.status !== 0) throw new Error(`bench failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
    markdown = r.stdout;
    results = JSON.parse(readFileSync(json, 'utf8'));
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(['drizzle', 'typeorm'])('retort is exact on the %s model', (orm) => {
    const m = results.models.find((x) => x.orm === orm)!;
    expect(m.scenarios.S1.retort.correct).toBe(true); // 10 tables + 20 indexes + 9 foreign keys
    expect(m.scenarios.S2.retort.operations).toEqual(['addColumn']);
    expect(m.scenarios.S2.retort.statements).toEqual([
      'ALTER TABLE "t0005" ADD COLUMN "extra_note" text;',
    ]);
    expect(m.scenarios.S2.retort.correct).toBe(true);
    expect(m.scenarios.S3.retort.operations).toEqual([]);
    expect(m.scenarios.S3.retort.correct).toBe(true);
    for (const s of Object.values(m.scenarios))
      expect(s.retort.queries!.introspect).toBe(s.retort.queries!.introspectConstant);
  });

  it('measures the peers and judges their diffs', () => {
    const d = results.models.find((x) => x.orm === 'drizzle')!.scenarios;
    const t = results.models.find((x) => x.orm === 'typeorm')!.scenarios;
    for (const peer of [
      d.S1['drizzle-kit'],
      d.S2['drizzle-kit'],
      d.S3['drizzle-kit'],
      t.S1.typeorm,
      t.S2.typeorm,
      t.S3.typeorm,
    ]) {
      expect(peer?.error ?? '').toBe('');
      expect(Array.isArray(peer!.statements)).toBe(true);
    }
    expect(typeof d.S2['drizzle-kit']!.correct).toBe('boolean');
    expect(typeof t.S3.typeorm!.correct).toBe('boolean');
  });

  it('runs the graph commands and records the modules of each command', () => {
    expect(results.graph).toHaveLength(1);
    expect(results.upgrade.count).toBe(5);
    for (const cmd of [
      'current',
      'history',
      'heads',
      'upgrade head',
      'check',
      'revision --autogenerate',
    ]) {
      expect(results.modules.drizzle[cmd]!.watched).toContain('yargs');
    }
  });

  it('prints the markdown report', () => {
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('| 10 | Drizzle | S2 | retort `check` |');
  });
});
