import fc from 'fast-check';
import { introspect } from '@retort/introspect';
import type { SchemaModel } from '@retort/schema';
import { testTargets } from '@retort/testing';
import { openDatabase, type OpenDatabase } from '../../../extract/test/support/open-target';
import { modelDifferences } from '../support/model-assert';
import { applyEdits, drizzleSource, editsArb, modelArb, type Edit, type RandomModel } from '../support/random-models';
import { TempProject } from '../support/temp-project';
import { downgrade, generateRevision, pendingChanges, sessionOver, upgrade, type Session } from '../support/workflow';

/**
 * Random small models (Drizzle source, so extraction is exercised too) and random edits, on
 * PGlite: v1 through a generated migration, then edit → generate → upgrade → nothing left to
 * generate → downgrade -1 gives v1's catalog again → upgrade head gives v2's again.
 * Each run lives in its own Postgres schema (with its own version table) of one database.
 * Replay a failure with RETORT_PROPERTY_SEED=<seed> (the seed is printed with the failure).
 */
const NUM_RUNS = 15;
const seed = process.env.RETORT_PROPERTY_SEED ? Number(process.env.RETORT_PROPERTY_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);
const pglite = testTargets().find((t) => t.name === 'pglite')!;

let run = 0;

/** Counterexamples found before, always tried first (fast-check `examples`). */
const EXAMPLES: [RandomModel, Edit[]][] = [
  // a type change whose default changes too: the old default must go before the TYPE clause
  [
    {
      tables: [
        { name: 't0', columns: [{ name: 'c0', type: 'bigint', nullable: false, defaultPick: 0 }], index: null, references: [] },
        { name: 't1', columns: [{ name: 'c0', type: 'integer', nullable: false, defaultPick: null }], index: null, references: [] },
      ],
    },
    [{ kind: 'changeType', a: 0, b: 0, c: 10 }],
  ],
];

async function catalog(db: OpenDatabase, schema: string): Promise<SchemaModel> {
  return introspect(db, { schemas: [schema], excludeTables: [{ schema, name: 'retort_version' }, { schema, name: 'retort_version_checksums' }] });
}

async function roundTrip(db: OpenDatabase, v1: RandomModel, edits: Edit[]): Promise<void> {
  const schema = `p${run++}`;
  const project = new TempProject('property-');
  try {
    await db.exec(`create schema ${schema}`);
    const edited = applyEdits(v1, edits, schema);
    const session = (version: string, model: RandomModel): Session => {
      project.write(`models/${version}.ts`, drizzleSource(model, schema));
      const config = project.config('pglite://memory', { drizzle: `./models/${version}.ts` });
      return sessionOver({ ...config, versionTable: { schema, name: 'retort_version' } }, db);
    };
    const context = () => `\nedits: ${edited.log.join('; ') || '(none took effect)'}\nv1:\n${drizzleSource(v1, schema)}\nv2:\n${drizzleSource(edited.model, schema)}`;
    const expectClean = async (s: Session, when: string) => {
      const left = await pendingChanges(s);
      if (left.length) throw new Error(`${when}, autogenerate still finds:\n  ${left.join('\n  ')}${context()}`);
    };
    const expectCatalog = (actual: SchemaModel, expected: SchemaModel, when: string) => {
      // a column dropped and re-added comes back last: PostgreSQL cannot insert columns
      const d = modelDifferences(actual, expected, { ignoreColumnOrder: true });
      if (d.length) throw new Error(`${when}, the catalog (first) differs from (second):\n  ${d.join('\n  ')}${context()}`);
    };
    const step = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
      try {
        return await fn();
      } catch (error) {
        if ((error as Error).message.includes('\nv1:\n')) throw error;
        throw new Error(`${what} failed: ${(error as Error).message}${context()}`);
      }
    };

    const s1 = session('v1', v1);
    await step('generate v1', () => generateRevision(s1, 'v1'));
    await step('upgrade to v1', () => upgrade(s1, 'head'));
    await expectClean(s1, 'after upgrade to v1');
    const atV1 = await catalog(db, schema);

    const s2 = session('v2', edited.model);
    const generated = await step('generate v2', () => generateRevision(s2, 'v2', edited.renames, 'prompt'));
    if (generated.file === null) {
      // the edits cancelled out (or touched nothing): the database must already match
      expectCatalog(atV1, atV1, 'no changes');
      return;
    }
    await step('upgrade to v2', () => upgrade(s2, 'head'));
    await expectClean(s2, 'after upgrade to v2');
    const atV2 = await catalog(db, schema);
    await step('downgrade -1', () => downgrade(s2, '-1'));
    expectCatalog(await catalog(db, schema), atV1, 'after downgrade -1');
    await step('upgrade to v2 again', () => upgrade(s2, 'head'));
    expectCatalog(await catalog(db, schema), atV2, 'after the second upgrade');
  } finally {
    project.dispose();
  }
}

describe('property: random models and edits on pglite', () => {
  test(`generate → upgrade → clean → downgrade restores v1 (${NUM_RUNS} runs, seed ${seed})`, async () => {
    const created = await pglite.create();
    const db = await openDatabase(created.url);
    try {
      await fc.assert(
        fc.asyncProperty(modelArb, editsArb, (v1, edits) => roundTrip(db, v1, edits)),
        { numRuns: NUM_RUNS, seed, examples: EXAMPLES, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: false },
      );
    } finally {
      await db.close();
      await created.dispose();
    }
  }, 240_000);
});
