import type { Operation } from '@retort/ops';
import { resolveConfig } from '../../src/config/resolve-config';
import { runWithLockRetry, type LockRetry } from '../../src/migrator/lock-retry';
import { MigrationSession } from '../../src/migrator/migration-session';
import type { Driver } from '../../src/drivers/driver';

const lockTimeout = () =>
  Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' });

/** A driver that fails the first `failures` runs of `target` on lock_timeout and logs every query. */
function fakeDriver(target: string, failures: number, invalidIndex = false) {
  const log: string[] = [];
  let left = failures;
  const driver: Driver = {
    kind: 'postgres',
    displayUrl: 'postgres://x/y',
    enforcesTimeouts: true,
    async query(sql: string) {
      log.push(sql.startsWith('select') ? 'select invalid index' : sql);
      if (sql === target && left > 0) {
        left -= 1;
        throw lockTimeout();
      }
      return (sql.startsWith('select') && invalidIndex ? [{ name: 'public.ix' }] : []) as never;
    },
    exec: async () => {},
    close: async () => {},
  };
  return { driver, log };
}

const policy = (retries: LockRetry[], tries = 3) => ({
  tries,
  delayMs: () => 1,
  onRetry: (r: LockRetry) => retries.push(r),
});
const alter: Operation = { kind: 'execute', sql: 'ALTER TABLE t ADD x int' };
const index: Operation = {
  kind: 'createIndex',
  name: 'ix',
  table: 't',
  columns: [{ column: 'a' }],
  concurrently: true,
};

describe('runWithLockRetry', () => {
  it('inside a transaction: retries behind a savepoint, rolling back only the failed statement', async () => {
    const { driver, log } = fakeDriver('ALTER TABLE t ADD x int', 1);
    const session = new MigrationSession(driver, { lockTimeout: null, statementTimeout: null });
    session.inTransaction = true;
    const retries: LockRetry[] = [];
    await runWithLockRetry(
      session,
      { sql: 'ALTER TABLE t ADD x int', params: [], transactional: true },
      alter,
      policy(retries),
      'r1',
    );
    expect(log).toStrictEqual([
      'SAVEPOINT "retort_lock_retry"',
      'ALTER TABLE t ADD x int',
      'ROLLBACK TO SAVEPOINT "retort_lock_retry"',
      'SAVEPOINT "retort_lock_retry"',
      'ALTER TABLE t ADD x int',
      'RELEASE SAVEPOINT "retort_lock_retry"',
    ]);
    expect(retries).toStrictEqual([
      { revision: 'r1', sql: 'ALTER TABLE t ADD x int', attempt: 1, tries: 3, delayMs: 1 },
    ]);
  });

  it('outside a transaction: drops the invalid index a timed-out concurrent build left, then retries', async () => {
    const sql = 'CREATE INDEX CONCURRENTLY "ix" ON "t" ("a")';
    const { driver, log } = fakeDriver(sql, 1, true);
    const session = new MigrationSession(driver, { lockTimeout: null, statementTimeout: null });
    await runWithLockRetry(
      session,
      { sql, params: [], transactional: false },
      index,
      policy([]),
      null,
    );
    expect(log).toStrictEqual([
      sql,
      'select invalid index',
      'DROP INDEX CONCURRENTLY IF EXISTS public.ix',
      sql,
    ]);
  });

  it('gives up after the last try with the lock_timeout error; other errors are never retried', async () => {
    const { driver, log } = fakeDriver('ALTER TABLE t ADD x int', 5);
    const session = new MigrationSession(driver, { lockTimeout: null, statementTimeout: null });
    const retries: LockRetry[] = [];
    await expect(
      runWithLockRetry(
        session,
        { sql: 'ALTER TABLE t ADD x int', params: [], transactional: true },
        alter,
        policy(retries, 2),
        'r1',
      ),
    ).rejects.toMatchObject({ code: '55P03' });
    expect(retries).toHaveLength(1);
    expect(log.filter((l) => l === 'ALTER TABLE t ADD x int')).toHaveLength(2);

    const other = fakeDriver('nothing', 0);
    other.driver.query = async () => {
      throw Object.assign(new Error('syntax error'), { code: '42601' });
    };
    const plain = new MigrationSession(other.driver, { lockTimeout: null, statementTimeout: null });
    const none: LockRetry[] = [];
    await expect(
      runWithLockRetry(
        plain,
        { sql: 'BAD', params: [], transactional: true },
        alter,
        policy(none),
        null,
      ),
    ).rejects.toMatchObject({ code: '42601' });
    expect(none).toHaveLength(0);
  });

  it('one try means no savepoint and no retry', async () => {
    const { driver, log } = fakeDriver('x', 0);
    const session = new MigrationSession(driver, { lockTimeout: null, statementTimeout: null });
    session.inTransaction = true;
    await runWithLockRetry(
      session,
      { sql: 'x', params: [], transactional: true },
      alter,
      policy([], 1),
      null,
    );
    expect(log).toStrictEqual(['x']);
  });
});

describe("MigrationSession and the file's lock timeout", () => {
  it("a revision's op.setLockTimeout wins in the transactions it reopens, and is undone after it", async () => {
    const { driver, log } = fakeDriver('none', 0);
    const session = new MigrationSession(driver, { lockTimeout: '10s', statementTimeout: null });
    await session.begin();
    session.fileSetLockTimeout('2s');
    await session.commit();
    await session.begin();
    await session.restoreLockTimeout();
    await session.restoreLockTimeout();
    expect(log).toStrictEqual([
      'BEGIN',
      "SET LOCAL lock_timeout = '10s'",
      'COMMIT',
      'BEGIN',
      "SET LOCAL lock_timeout = '2s'",
      'RESET lock_timeout',
      "SET LOCAL lock_timeout = '10s'",
    ]);
  });
});

describe('config: plan and lockRetries', () => {
  const file = '/p/retort.config.ts';
  it('defaults to the online plan and 3 tries', () => {
    const config = resolveConfig({}, file, {});
    expect([config.plan, config.lockRetries]).toStrictEqual(['online', 3]);
    expect(resolveConfig({ plan: 'simple', lockRetries: 1 }, file, {})).toMatchObject({
      plan: 'simple',
      lockRetries: 1,
    });
  });
  it('refuses a bad value with what to write instead', () => {
    expect(() => resolveConfig({ plan: 'fast' as never }, file, {})).toThrow(
      /"plan" must be 'online' or 'simple', not "fast"/,
    );
    expect(() => resolveConfig({ lockRetries: 0 }, file, {})).toThrow(
      /"lockRetries" must be a whole number of tries from 1 to 100/,
    );
    expect(() => resolveConfig({ lockRetries: 2.5 }, file, {})).toThrow(/lockRetries/);
  });
});
