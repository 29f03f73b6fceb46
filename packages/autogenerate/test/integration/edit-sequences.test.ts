import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { quoteQualified, type SchemaModel } from '@retort/schema';
import { testTargets, type TestTarget } from '@retort/testing';
import { openDatabase, type OpenDatabase } from '../../../extract/test/support/open-target';
import { STEPS, type Probe, type VersionStep } from '../support/app-versions';
import { modelDifferences } from '../support/model-assert';
import { dataSourceSource } from '../support/orm-oracle';
import { TempProject, type SchemaSource } from '../support/temp-project';
import { describeEntries, downgrade, generateRevision, liveModel, pendingChanges, sessionOver, upgrade, type RenameRoute, type Session } from '../support/workflow';

/**
 * v1 → v2 → v3 of one app model, with data in the tables. At each step: generate → upgrade →
 * nothing left to generate → the data is still there → downgrade -1 restores the previous
 * catalog exactly (column order included: the only dropped column is the last one) and its
 * data → upgrade head again gives the same catalog.
 */
type Orm = 'drizzle' | 'typeorm';
const FIXTURES = resolve(__dirname, '..', 'fixtures');
const SCHEMAS = ['public', 'app'];

/** The project's model file for a version (a copy, so it resolves the ORM from the project). */
function useVersion(project: TempProject, orm: Orm, version: number): SchemaSource {
  const models = join(project.dir, 'models', `app-v${version}.ts`);
  project.write(`models/app-v${version}.ts`, '');
  copyFileSync(join(FIXTURES, orm, `app-v${version}.ts`), models);
  if (orm === 'drizzle') return { drizzle: `./models/app-v${version}.ts` };
  project.write(`data-source-v${version}.ts`, dataSourceSource(models));
  return { typeorm: `./data-source-v${version}.ts` };
}

async function probe(db: OpenDatabase, probes: Probe[], when: string, problems: string[]): Promise<void> {
  for (const p of probes) {
    const rows = await db.query(p.sql).catch((e: Error) => [{ error: e.message }]);
    const actual = JSON.stringify(rows.map((r) => ({ ...r })));
    if (actual !== JSON.stringify(p.rows)) problems.push(`${when}: \`${p.sql}\` returned ${actual}, expected ${JSON.stringify(p.rows)}`);
  }
}

/** Row counts of every table of a model. */
async function rowCounts(db: OpenDatabase, model: SchemaModel): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const t of model.tables) {
    const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${quoteQualified(t.schema, t.name)}`);
    counts.set(`${t.schema}.${t.name}`, row!.n);
  }
  return counts;
}

/** Every table that survives the edit (under its new name if renamed) keeps all its rows. */
function expectRowsKept(before: Map<string, number>, after: Map<string, number>, renamed: Map<string, string>, when: string, problems: string[]): void {
  for (const [table, n] of before) {
    const now = after.get(renamed.get(table) ?? table);
    if (now !== undefined && now !== n) problems.push(`${when}: ${table} had ${n} rows, now ${now}`);
  }
}

function compare(actual: SchemaModel, expected: SchemaModel, what: string, problems: string[]): void {
  const d = modelDifferences(actual, expected);
  if (d.length) problems.push(`${what} (first) vs (second):\n      ${d.join('\n      ')}`);
}

/** One edit: the database is at step.version - 1. Throws when a migration fails; otherwise collects problems. */
async function applyStep(s: Session, db: OpenDatabase, step: VersionStep, route: RenameRoute, problems: string[]): Promise<void> {
  if (step.seed) await db.exec(step.seed);
  const before = await liveModel(db, SCHEMAS);
  const rowsBefore = await rowCounts(db, before);
  const q = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;
  const forward = new Map((step.renames?.tables ?? []).map((r) => [q(r.from), q(r.to)]));
  const backward = new Map((step.renames?.tables ?? []).map((r) => [q(r.to), q(r.from)]));
  const generated = await generateRevision(s, `app v${step.version}`, step.renames, route);
  if (generated.file === null) throw new Error(`v${step.version}: autogenerate found no changes`);
  const ops = describeEntries(generated.entries);
  try {
    await upgrade(s, 'head');
  } catch (error) {
    throw new Error(`v${step.version}: upgrade failed: ${(error as Error).message}\n  operations:\n    ${ops.join('\n    ')}`);
  }
  const after = await liveModel(db, SCHEMAS);
  const left = await pendingChanges(s);
  if (left.length) problems.push(`after upgrade, autogenerate still finds:\n      ${left.join('\n      ')}`);
  await probe(db, step.afterUpgrade, 'after upgrade', problems);
  const rowsAfter = await rowCounts(db, after);
  expectRowsKept(rowsBefore, rowsAfter, forward, 'after upgrade', problems);

  try {
    await downgrade(s, '-1');
  } catch (error) {
    throw new Error(`v${step.version}: downgrade -1 failed: ${(error as Error).message}\n  upgrade operations:\n    ${ops.join('\n    ')}`);
  }
  compare(await liveModel(db, SCHEMAS), before, 'after downgrade -1, the catalog', problems);
  await probe(db, step.afterDowngrade, 'after downgrade -1', problems);
  expectRowsKept(rowsAfter, await rowCounts(db, before), backward, 'after downgrade -1', problems);

  await upgrade(s, 'head');
  compare(await liveModel(db, SCHEMAS), after, 'after the second upgrade, the catalog', problems);
  if (problems.length) problems.unshift(`upgrade operations were:\n      ${ops.join('\n      ')}`);
}

async function run(target: TestTarget, orm: Orm, route: RenameRoute, steps = STEPS): Promise<void> {
  const project = new TempProject(`edits-${orm}-`);
  const created = await target.create();
  const db = await openDatabase(created.url);
  const report: string[] = [];
  try {
    for (const step of steps) {
      const s = sessionOver(project.config(created.url, useVersion(project, orm, step.version)), db);
      const problems: string[] = [];
      await applyStep(s, db, step, route, problems);
      if (problems.length) report.push(`v${step.version - 1} → v${step.version}:\n    ${problems.join('\n    ')}`);
    }
  } finally {
    await db.close();
    await created.dispose();
    project.dispose();
  }
  if (report.length) throw new Error(`${orm} on ${target.name}:\n  ${report.join('\n  ')}`);
}

describe.each(testTargets())('edit sequences on $name', (target) => {
  // renames answered as the interactive prompt would
  test.each<Orm>(['drizzle', 'typeorm'])('%s app v1 → v2 → v3 with data: upgrade, clean, downgrade -1 restores, upgrade', async (orm) => {
    await expect(run(target, orm, 'prompt')).resolves.toBeUndefined();
  });

  // the same renames given up front (--rename-table public.legacy_notes=notes --rename-column users.name=full_name)
  test('drizzle app v1 → v2 with the renames given as options', async () => {
    await expect(run(target, 'drizzle', 'options', STEPS.slice(0, 2))).resolves.toBeUndefined();
  });
});
