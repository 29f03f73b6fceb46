import { readFileSync } from 'node:fs';
import type { TestTarget } from '@retort/testing';
import type { SchemaModel } from '@retort/schema';
import type { RenameAnswers } from '../../src';
import { openDatabase } from '../../../extract/test/support/open-target';
import { modelDifferences } from './model-assert';
import { drizzleOracle } from './orm-oracle';
import { TempProject } from './temp-project';
import {
  describeEntries,
  downgrade,
  generateRevision,
  liveModel,
  pendingChanges,
  sessionOver,
  upgrade,
} from './workflow';
import { typecheck } from './typecheck';

/** One Drizzle model edit: the model before, the model after, the renames a user would answer. */
export interface EditScenario {
  before: string;
  after: string;
  schemas: string[];
  renames?: RenameAnswers;
  /** SQL run once the `before` revision is applied (rows the edit must carry over). */
  seed?: string;
  /**
   * Queries whose rows must be the same before the edit and after its upgrade: the OIDs of
   * renamed objects (`select 'app.users'::regclass::oid` before, the new name after), as pairs.
   */
  sameRows?: [before: string, after: string][];
  /** Queries run right after the upgrade; their rows come back in `probes`. */
  probe?: string[];
  /**
   * A column that is dropped and added again (no cast to its new type) comes back last after
   * the downgrade: PostgreSQL cannot put a column back in its place without rebuilding the table.
   */
  columnOrderMayChange?: boolean;
  /** Write the edit as `revision --autogenerate --plan …` does; default: the bare operations. */
  plan?: 'online' | 'simple';
}

export interface EditOutcome {
  /** The upgrade operations of the edit, as rendered in the revision file. */
  ops: string[];
  problems: string[];
  /** The rows of each `probe` query after the upgrade. */
  probes: Record<string, unknown>[][];
  /** The text of the edit's revision file. */
  text: string;
}

const compare = (actual: SchemaModel, expected: SchemaModel, what: string, problems: string[], ignoreColumnOrder = false) => {
  const d = modelDifferences(actual, expected, { ignoreColumnOrder });
  if (d.length) problems.push(`${what} (first) vs (second):\n    ${d.join('\n    ')}`);
};

/**
 * before → after through retort: generate + upgrade the first model, generate the edit, upgrade:
 * autogenerate is clean, the catalog equals drizzle-kit's own push of the new model (on a second
 * fresh database), `downgrade -1` restores the previous catalog exactly and `upgrade head` again
 * gives the same catalog.
 */
export async function runEdit(target: TestTarget, scenario: EditScenario): Promise<EditOutcome> {
  const project = new TempProject('edit-');
  const created = await target.create();
  const db = await openDatabase(created.url);
  const problems: string[] = [];
  let ops: string[] = [];
  const probes: Record<string, unknown>[][] = [];
  let text = '';
  try {
    project.write('models/v1.ts', scenario.before);
    project.write('models/v2.ts', scenario.after);
    const v1 = sessionOver(project.config(created.url, { drizzle: './models/v1.ts' }), db);
    if ((await generateRevision(v1, 'before')).file === null) throw new Error('the first model generated nothing');
    await upgrade(v1);
    if (scenario.seed) await db.exec(scenario.seed);
    const before = await liveModel(db, scenario.schemas);
    const rowsBefore: string[] = [];
    for (const [q] of scenario.sameRows ?? []) rowsBefore.push(JSON.stringify(await db.query(q)));
    const v2 = sessionOver(project.config(created.url, { drizzle: './models/v2.ts' }), db);
    const edit = await generateRevision(v2, 'edit', scenario.renames, 'options', scenario.plan);
    ops = describeEntries(edit.entries);
    if (edit.file === null) throw new Error('the edit generated nothing');
    text = readFileSync(edit.file, 'utf8');
    // a planned file (lock timeout, autocommit blocks, notes) must type-check as users get it
    if (scenario.plan !== undefined) for (const d of typecheck(edit.file)) problems.push(`the revision file does not type-check: ${d}`);
    await upgrade(v2).catch((e: Error) => {
      throw new Error(`upgrade failed: ${e.message}\n  operations:\n    ${ops.join('\n    ')}`);
    });
    const after = await liveModel(db, scenario.schemas);
    for (const q of scenario.probe ?? []) probes.push((await db.query(q)).map((row) => ({ ...row })));
    for (const [i, [q0, q1]] of (scenario.sameRows ?? []).entries()) {
      const now = JSON.stringify(await db.query(q1));
      if (now !== rowsBefore[i]) problems.push(`\`${q0}\` gave ${rowsBefore[i]} before the upgrade, \`${q1}\` gives ${now} after it`);
    }
    const left = await pendingChanges(v2);
    if (left.length) problems.push(`after upgrade, autogenerate still finds:\n    ${left.join('\n    ')}`);
    await downgrade(v2, '-1').catch((e: Error) => {
      throw new Error(`downgrade -1 failed: ${e.message}\n  operations:\n    ${ops.join('\n    ')}`);
    });
    compare(await liveModel(db, scenario.schemas), before, 'after downgrade -1, the catalog', problems, scenario.columnOrderMayChange);
    await upgrade(v2);
    compare(await liveModel(db, scenario.schemas), after, 'after upgrade head again, the catalog', problems);
    const fresh = await target.create();
    const oracleDb = await openDatabase(fresh.url);
    try {
      const oracle = await drizzleOracle(oracleDb, `${project.dir}/models/v2.ts`, scenario.schemas);
      compare(after, oracle, "retort's upgrade vs drizzle-kit's push of the new model", problems, true);
    } finally {
      await oracleDb.close();
      await fresh.dispose();
    }
  } finally {
    await db.close();
    await created.dispose();
    project.dispose();
  }
  if (problems.length) problems.unshift(`upgrade operations were:\n    ${ops.join('\n    ')}`);
  return { ops, problems, probes, text };
}
