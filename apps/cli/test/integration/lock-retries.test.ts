import { testTargets } from '@retort/testing';
import { CliProject } from '../support/cli-project';
import { withDb } from '../support/db';

jest.setTimeout(120_000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds ACCESS EXCLUSIVE on `table` from another session until someone has waited for it, then
 * `afterMs` longer (past their lock_timeout), and lets go; resolves `locked` once it holds it.
 */
function holdLock(
  url: string,
  table: string,
  afterMs: number,
): { locked: Promise<void>; released: Promise<void> } {
  let locked!: () => void;
  const lockedPromise = new Promise<void>((resolve) => (locked = resolve));
  const released = withDb(url, async (c) => {
    await c.query('BEGIN');
    await c.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    locked();
    const waiting = `select count(*)::int as n from pg_locks where not granted and relation = '${table}'::regclass`;
    for (let i = 0; i < 1200 && (await c.query<{ n: number }>(waiting))[0]!.n === 0; i++)
      await sleep(50);
    await sleep(afterMs);
    await c.query('COMMIT');
  });
  return { locked: lockedPromise, released };
}

// PGlite runs one session: no other connection can hold a lock, and its timeouts never fire
const server = testTargets().find((t) => t.name === 'postgres');
if (server !== undefined) {
  describe('lock_timeout retries through the CLI on postgres', () => {
    test('upgrade retries a statement that gave up on a lock, says so on stderr and in --json, and applies it', async () => {
      const db = await server.create();
      const project = new CliProject(db.url);
      try {
        await withDb(db.url, (c) => c.query('create table t (a integer)').then(() => undefined));
        project.writeRevision({
          rev: 'aaaaaaaaaaa1',
          message: 'index t',
          upgrade: `await op.setLockTimeout('200ms');\n  await op.createIndex('t_a', 't', ['a']);`,
          downgrade: `await op.dropIndex('t_a');`,
        });
        project.writeRevision({
          rev: 'bbbbbbbbbbb2',
          down: 'aaaaaaaaaaa1',
          message: 'index t again',
          upgrade: `await op.setLockTimeout('200ms');\n  await op.createIndex('t_a2', 't', ['a']);`,
          downgrade: `await op.dropIndex('t_a2');`,
        });

        let hold = holdLock(db.url, 't', 400);
        await hold.locked;
        const text = await project.run('upgrade', 'aaaaaaaaaaa1');
        await hold.released;
        expect(text.code).toBe(0);
        expect(text.stderr).toMatch(
          /lock_timeout \(aaaaaaaaaaa1\): try 1\/3 of `CREATE INDEX "t_a" ON "t" \("a"\)` gave up waiting for a lock; retrying in 500 ms\./,
        );

        hold = holdLock(db.url, 't', 400);
        await hold.locked;
        const json = await project.run('upgrade', 'head', '--json');
        await hold.released;
        expect(json.code).toBe(0);
        const result = JSON.parse(json.stdout) as { headsAfter: string[]; lockRetries: unknown[] };
        expect(result.headsAfter).toStrictEqual(['bbbbbbbbbbb2']);
        expect(result.lockRetries[0]).toStrictEqual({
          revision: 'bbbbbbbbbbb2',
          sql: 'CREATE INDEX "t_a2" ON "t" ("a")',
          attempt: 1,
          tries: 3,
          delayMs: 500,
        });
      } finally {
        project.dispose();
        await db.dispose();
      }
    });
  });
}
