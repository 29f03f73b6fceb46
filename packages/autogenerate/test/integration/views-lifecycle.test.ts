import { readFileSync } from 'node:fs';
import { testTargets } from '@retort/testing';
import type { SchemaModel } from '@retort/schema';
import { openDatabase, type OpenDatabase } from '../../../extract/test/support/open-target';
import { modelDifferences } from '../support/model-assert';
import { drizzleOracle } from '../support/orm-oracle';
import { TempProject } from '../support/temp-project';
import {
  downgrade,
  generateRevision,
  liveModel,
  pendingChanges,
  sessionOver,
  upgrade,
} from '../support/workflow';

/**
 * Views and materialized views through revisions, with drizzle-kit's own build as the oracle:
 * v1 creates them; v2 changes a view's query (CREATE OR REPLACE); v3 changes the types of
 * columns a materialized view, a view and a policy read (each dropped and re-created around the
 * ALTER, a view over that view too). `check` is clean after each, `downgrade -1` restores the
 * catalog, and neither an `.existing()` view nor a view in a schema the model never names is touched.
 */
function schema(v: 1 | 2 | 3): string {
  const score = v === 3 ? "bigint('score', { mode: 'number' })" : "integer('score')";
  const name = v === 3 ? "varchar('name', { length: 200 })" : "text('name')";
  const where =
    v === 1 ? 'eq(users.active, true)' : "and(eq(users.active, true), ne(users.name, ''))";
  return `import { and, eq, ne, sql } from 'drizzle-orm';
import { bigint, boolean, integer, pgMaterializedView, pgPolicy, pgTable, pgView, text, varchar } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: integer('id').primaryKey(),
  name: ${name}.notNull(),
  active: boolean('active').notNull().default(true),
  score: ${score},
}, (t) => [pgPolicy('users_scored', { for: 'select', using: sql\`\${t.score} > 0\` })]).enableRLS();

export const activeUsers = pgView('active_users').as((qb) =>
  qb.select({ id: users.id, name: users.name }).from(users).where(${where}),
);
export const activeNames = pgView('active names', { name: text('name') }).with({ securityBarrier: true }).as(
  sql\`select name from \${activeUsers} where name <> 'x  y'\`,
);
export const userScores = pgMaterializedView('user_scores').with({ fillfactor: 80 }).withNoData().as((qb) =>
  qb.select({ id: users.id, total: sql<number>\`coalesce(\${users.score}, 0)\`.as('total') }).from(users),
);
export const legacy = pgView('legacy_view', { one: integer('one') }).existing();
`;
}

/** The views of a catalog (definitions, options, kinds), the columns they expose aside. */
const views = (m: SchemaModel) => m.views.filter((v) => v.name !== 'legacy_view');

async function step(project: TempProject, url: string, db: OpenDatabase, v: 1 | 2 | 3) {
  const file = project.write(`schema-v${v}.ts`, schema(v));
  return { file, s: sessionOver(project.config(url, { drizzle: file }), db) };
}

describe.each(testTargets())(
  'views and materialized views through revisions on $name',
  (target) => {
    test('create, replace a query, rebuild around a column type change, downgrade -1 restores the catalog', async () => {
      const project = new TempProject('views-');
      const created = await target.create();
      const oracleTarget = await target.create();
      const db = await openDatabase(created.url);
      const oracleDb = await openDatabase(oracleTarget.url);
      try {
        await db.exec('create view legacy_view as select 1 as one');
        // a schema the model never names is not read, so its views are never dropped
        await db.exec('create schema elsewhere; create view elsewhere.kept as select 1 as one');
        const v1 = await step(project, created.url, db, 1);
        const first = await generateRevision(v1.s, 'views');
        expect(first.entries.map((e) => e.op.kind)).toEqual([
          'createTable',
          'setRowLevelSecurity',
          'createPolicy',
          'createView',
          'createView',
          'createMaterializedView',
        ]);
        // the view over a view comes after the view it reads
        expect(first.entries.slice(3, 5).map((e) => (e.op as { name: string }).name)).toEqual([
          'active_users',
          'active names',
        ]);
        await upgrade(v1.s, 'head');
        expect(await pendingChanges(v1.s)).toEqual([]);
        const catalog1 = await liveModel(db, ['public']);
        const oracle = await drizzleOracle(oracleDb, v1.file, ['public']);
        expect(views(catalog1).map((v) => ({ ...v, dependsOn: [] }))).toEqual(
          views(oracle).map((v) => ({ ...v, dependsOn: [] })),
        );
        expect(catalog1.views.find((v) => v.name === 'user_scores')).toMatchObject({
          materialized: true,
          with: ['fillfactor=80'],
          withNoData: true,
        });
        expect(catalog1.views.find((v) => v.name === 'active names')?.with).toEqual([
          'security_barrier=true',
        ]);

        const v2 = await step(project, created.url, db, 2);
        const second = await generateRevision(v2.s, 'active users score');
        // the same columns: replaced in place, and the downgrade replaces it back
        expect(second.entries.map((e) => e.op)).toEqual([
          expect.objectContaining({
            kind: 'createView',
            name: 'active_users',
            orReplace: true,
            existing: {
              definition: catalog1.views.find((v) => v.name === 'active_users')!.definition,
            },
          }),
        ]);
        await upgrade(v2.s, 'head');
        expect(await pendingChanges(v2.s)).toEqual([]);
        const catalog2 = await liveModel(db, ['public']);

        const v3 = await step(project, created.url, db, 3);
        const third = await generateRevision(v3.s, 'wider name and score');
        expect(
          third.entries.map((e) => `${e.op.kind} ${(e.op as { name?: string }).name ?? ''}`.trim()),
        ).toEqual([
          'dropMaterializedView user_scores',
          'dropView active names',
          'dropView active_users',
          'dropPolicy users_scored',
          'alterColumn',
          'alterColumn',
          'createPolicy users_scored',
          'createView active_users',
          'createView active names',
          'createMaterializedView user_scores',
        ]);
        const text = readFileSync(third.file!, 'utf8');
        expect(text.split('export async function downgrade')[1]).toContain(
          "await op.dropView('active_users');",
        );
        await upgrade(v3.s, 'head');
        expect(await pendingChanges(v3.s)).toEqual([]);
        expect(
          (await liveModel(db, ['public'])).views.find((v) => v.name === 'active_users')?.columns,
        ).toEqual(['id integer', 'name character varying(200)']);

        await downgrade(v3.s, '-1');
        expect(modelDifferences(await liveModel(db, ['public']), catalog2)).toEqual([]);
        await downgrade(v3.s, '-1');
        expect(modelDifferences(await liveModel(db, ['public']), catalog1)).toEqual([]);
        await downgrade(v3.s, 'base');
        expect((await liveModel(db, ['public', 'elsewhere'])).views.map((v) => v.name)).toEqual([
          'kept',
          'legacy_view',
        ]);
      } finally {
        await db.close();
        await oracleDb.close();
        await created.dispose();
        await oracleTarget.dispose();
        project.dispose();
      }
    });
  },
);
