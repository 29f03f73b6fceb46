import fc from 'fast-check';
import { introspect } from '@retort/introspect';
import type { SchemaModel } from '@retort/schema';
import { testTargets } from '@retort/testing';
import { openDatabase, type OpenDatabase } from '../../../extract/test/support/open-target';
import { modelDifferences } from '../support/model-assert';
import { applyEdits, drizzleSource, editsArb, modelArb, type Edit, type RandomModel } from '../support/random-models';
import { extraSchemaNames } from '../support/random-schemas';
import { TempProject } from '../support/temp-project';
import { downgrade, generateRevision, pendingChanges, sessionOver, upgrade, type Session } from '../support/workflow';

/**
 * Random small models (Drizzle source, so extraction is exercised too): tables in the run's
 * schema plus extra schemas with enums, sequences, identity columns with options, generated
 * columns and indexes with storage parameters; random edits, among them renames and moves of
 * schemas, tables, enums and sequences (answered at the prompt). On
 * PGlite: v1 through a generated migration, then edit → generate → upgrade → nothing left to
 * generate → downgrade -1 gives v1's catalog again → upgrade head gives v2's again.
 * Each run lives in its own Postgres schema (with its own version table) of one database.
 * Replay a failure with RETORT_PROPERTY_SEED=<seed> (the seed is printed with the failure).
 */
// about 5-10 s a run on PGlite (a shared 2-core machine): the examples run first, random runs
// fill the rest of a 45 s budget (an interrupted run is not a failure)
const NUM_RUNS = 10;
const seed = process.env.RETORT_PROPERTY_SEED ? Number(process.env.RETORT_PROPERTY_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);
const pglite = testTargets().find((t) => t.name === 'pglite')!;

let run = 0;
/** The operation kinds the generated upgrades used, to prove the renames were exercised. */
const seenKinds = new Set<string>();

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
  // one rename of each kind at once: a schema, a table moved and renamed, an enum, a sequence
  [
    {
      tables: [
        { name: 't0', columns: [{ name: 'c0', type: 'text', nullable: true, defaultPick: null }], index: 'c0', references: [] },
        { name: 't1', columns: [{ name: 'c0', type: 'integer', nullable: false, defaultPick: 0 }], index: null, references: [{ column: 'ref_0', table: 't0' }] },
      ],
      extras: {
        schemas: ['x0', 'x1', 'x2'],
        enums: [0, 1, 2].map((i) => ({ schema: `x${i}`, name: `mood_${i}`, values: i % 2 ? ['a', 'b'] : ['b', 'c', 'a'] })),
        sequences: [0, 1, 2].map((i) => ({ schema: `x${i}`, name: `counter_${i}`, start: 3 + i })),
        tables: [0, 1, 2].map((i) => ({
          schema: `x${i}`,
          name: `items_${i}`,
          identity: { always: i === 1, start: 5, increment: 2 },
          generated: i !== 2,
          fillfactor: i === 0 ? 70 : null,
          enumColumn: (i + 1) % 3,
        })),
      },
    },
    [
      { kind: 'renameSchema', a: 0, b: 0, c: 0 },
      { kind: 'moveTable', a: 1, b: 1, c: 2 },
      { kind: 'moveEnum', a: 2, b: 1, c: 2 },
      { kind: 'moveSequence', a: 1, b: 1, c: 1 },
      { kind: 'identityOptions', a: 2, b: 7, c: 3 },
    ],
  ],
];

async function catalog(db: OpenDatabase, schema: string, extra: string[] = []): Promise<SchemaModel> {
  return introspect(db, { schemas: [schema, ...extra], excludeTables: [{ schema, name: 'retort_version' }, { schema, name: 'retort_version_checksums' }] });
}

async function roundTrip(db: OpenDatabase, v1: RandomModel, edits: Edit[]): Promise<void> {
  const schema = `p${run++}`;
  const project = new TempProject('property-');
  try {
    await db.exec(`create schema ${schema}`);
    const edited = applyEdits(v1, edits, schema);
    // every extra schema before and after the edits: a renamed one must be gone, not left behind
    const extra = [...new Set([...extraSchemaNames(v1.extras, schema), ...extraSchemaNames(edited.model.extras, schema)])];
    const catalogOf = () => catalog(db, schema, extra);
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
    const atV1 = await catalogOf();

    const s2 = session('v2', edited.model);
    const generated = await step('generate v2', () => generateRevision(s2, 'v2', edited.renames, 'prompt'));
    for (const e of generated.entries) seenKinds.add(e.op.kind);
    if (generated.file === null) {
      // the edits cancelled out (or touched nothing): the database must already match
      expectCatalog(atV1, atV1, 'no changes');
      return;
    }
    await step('upgrade to v2', () => upgrade(s2, 'head'));
    await expectClean(s2, 'after upgrade to v2');
    const atV2 = await catalogOf();
    await step('downgrade -1', () => downgrade(s2, '-1'));
    expectCatalog(await catalogOf(), atV1, 'after downgrade -1');
    await step('upgrade to v2 again', () => upgrade(s2, 'head'));
    expectCatalog(await catalogOf(), atV2, 'after the second upgrade');
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
        { numRuns: NUM_RUNS, seed, examples: EXAMPLES, interruptAfterTimeLimit: 45_000, markInterruptAsFailure: false },
      );
    } finally {
      await db.close();
      await created.dispose();
    }
    // the examples always run: one rename of every kind went through the whole round trip
    expect(run).toBeGreaterThan(EXAMPLES.length);
    const renames = ['renameSchema', 'setTableSchema', 'renameTable', 'setEnumSchema', 'renameEnum', 'setSequenceSchema', 'renameSequence', 'renameIndex', 'renameConstraint'];
    expect(renames.filter((k) => !seenKinds.has(k))).toEqual([]);
  }, 120_000);
});
