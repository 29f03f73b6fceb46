import { renderRevisionFile, revisionFileName } from '@retort/codegen';
import { migrate, planNewRevision, writeFilesAtomically, type LockRetry } from '@retort/runtime';
import { testTargets } from '@retort/testing';
import { openDatabase } from '../../../extract/test/support/open-target';
import { TempProject } from '../support/temp-project';
import {
  downgrade,
  generateRevision,
  liveModel,
  pendingChanges,
  sessionOver,
  upgrade,
  type Session,
} from '../support/workflow';

jest.setTimeout(180_000);

const items = (
  index: string,
) => `import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
export const items = pgTable('items', { id: integer('id').primaryKey(), code: text('code') }, (t) => [${index}]);
`;

/** A hand-written revision file (what a user would write), through the same renderer as autogenerate. */
async function writeRevision(s: Session, message: string, upgradeBody: string[]): Promise<void> {
  const plan = planNewRevision(s.config, { message }, (rev) =>
    revisionFileName(s.config.fileTemplate, rev, message),
  );
  const text = await renderRevisionFile(
    { ...plan, upgrade: upgradeBody, downgrade: [], notes: [] },
    plan.path,
  );
  writeFilesAtomically([{ path: plan.path, content: text }]);
}

describe.each(testTargets())('online plan failure modes on $name', (target) => {
  test('an invalid index left by a failed concurrent build is seen, dropped and rebuilt by the next revision', async () => {
    const project = new TempProject('invalid-index-');
    const created = await target.create();
    const db = await openDatabase(created.url);
    try {
      project.write('models/v1.ts', items(''));
      project.write('models/v2.ts', items(`uniqueIndex('items_code').on(t.code)`));
      const v1 = sessionOver(project.config(created.url, { drizzle: './models/v1.ts' }), db);
      await generateRevision(v1, 'items', undefined, 'options', 'online');
      await upgrade(v1);
      await db.exec(`insert into items values (1, 'a'), (2, 'a')`);
      // what a CREATE UNIQUE INDEX CONCURRENTLY that fails on the data leaves behind
      await expect(
        db.exec('CREATE UNIQUE INDEX CONCURRENTLY items_code ON items (code)'),
      ).rejects.toThrow(/could not create unique index/);
      const live = await liveModel(db, ['public']);
      expect(live.tables[0]?.indexes).toMatchObject([{ name: 'items_code', invalid: true }]);

      const v2 = sessionOver(project.config(created.url, { drizzle: './models/v2.ts' }), db);
      // the invalid index is never the model's: check sees the difference
      expect(await pendingChanges(v2)).toStrictEqual([
        "await op.dropIndex('items_code', { table: 'items' });",
        "await op.createIndex('items_code', 'items', ['code'], { unique: true });",
      ]);
      const edit = await generateRevision(v2, 'rebuild', undefined, 'options', 'online');
      expect(edit.entries[0]?.hazards.map((h) => h.code)).toStrictEqual(['invalid-index']);
      await db.exec(`delete from items where id = 2`);
      await upgrade(v2);
      expect((await liveModel(db, ['public'])).tables[0]?.indexes).toMatchObject([
        { name: 'items_code', unique: true },
      ]);
      expect((await liveModel(db, ['public'])).tables[0]?.indexes[0]?.invalid).toBeUndefined();
      expect(await pendingChanges(v2)).toStrictEqual([]);
      // the downgrade does not bring the invalid index back
      await downgrade(v2, '-1');
      expect((await liveModel(db, ['public'])).tables[0]?.indexes).toStrictEqual([]);
    } finally {
      await db.close();
      await created.dispose();
      project.dispose();
    }
  });
});

// PGlite runs one session: no other connection can hold a lock, and its timeouts never fire
const server = testTargets().find((t) => t.name === 'postgres');
if (server !== undefined) {
  describe('lock_timeout retries on postgres', () => {
    const target = server;
    test('a statement that fails on lock_timeout is retried and reported, in an autocommit block and in a transaction', async () => {
      const project = new TempProject('lock-retry-');
      const created = await target.create();
      const db = await openDatabase(created.url);
      const holder = await openDatabase(created.url);
      try {
        await db.exec('create table t (a integer)');
        const s = sessionOver(project.config(created.url, { drizzle: './models.ts' }), db);
        /** Holds ACCESS EXCLUSIVE on t until the run waits for it, then `afterMs` longer (past its lock_timeout). */
        const hold = async (afterMs: number) => {
          await holder.exec('BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE');
          const released = (async () => {
            const waiting = `select count(*)::int as n from pg_locks where not granted and relation = 't'::regclass`;
            for (
              let i = 0;
              i < 1200 && (await holder.query<{ n: number }>(waiting))[0]!.n === 0;
              i++
            )
              await new Promise((resolve) => setTimeout(resolve, 50));
            await new Promise((resolve) => setTimeout(resolve, afterMs));
            await holder.exec('COMMIT');
          })();
          return { released };
        };
        const run = async () => {
          const retries: LockRetry[] = [];
          await migrate({
            config: s.config,
            driver: s.driver,
            direction: 'upgrade',
            target: 'head',
            onLockRetry: (r) => retries.push(r),
          });
          return retries;
        };

        await writeRevision(s, 'concurrent', [
          "await op.setLockTimeout('200ms');",
          "await op.autocommitBlock(async () => { await op.createIndex('t_a_concurrent', 't', ['a'], { concurrently: true }); });",
        ]);
        let { released } = await hold(400);
        const inBlock = await run();
        await released;
        expect(inBlock.length).toBeGreaterThanOrEqual(1);
        expect(inBlock[0]).toMatchObject({
          sql: 'CREATE INDEX CONCURRENTLY "t_a_concurrent" ON "t" ("a")',
          attempt: 1,
          tries: 3,
          delayMs: 500,
        });

        await writeRevision(s, 'in transaction', [
          "await op.setLockTimeout('200ms');",
          "await op.createIndex('t_a', 't', ['a']);",
        ]);
        ({ released } = await hold(400));
        const inTransaction = await run();
        await released;
        expect(inTransaction.length).toBeGreaterThanOrEqual(1);
        expect(inTransaction[0]).toMatchObject({
          sql: 'CREATE INDEX "t_a" ON "t" ("a")',
          attempt: 1,
        });

        const names = await db.query<{ indexname: string }>(
          `select indexname from pg_indexes where tablename = 't' order by 1`,
        );
        expect(names.map((r) => r.indexname)).toStrictEqual(['t_a', 't_a_concurrent']);
        // the file's lock timeout ended with its revision: the session is back to the server's
        expect(await db.query(`select current_setting('lock_timeout') as v`)).toStrictEqual([
          { v: '0' },
        ]);
      } finally {
        await holder.close();
        await db.close();
        await created.dispose();
        project.dispose();
      }
    });
  });
}
