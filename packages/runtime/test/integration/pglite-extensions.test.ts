import { RetortError } from '@retort/errors';
import type { Operations } from '@retort/ops';
import { connectTest, testTargets } from '@retort/testing';
import { openDriver } from '../../src/drivers/open-driver';
import { runMigrations, type PlannedStep } from '../../src/migrator/run-migrations';
import type { MigrationModule } from '../../src/migrator/migration-module';

const wait = { timeoutMs: 30_000 };
const open = (url: string) => openDriver(url, { baseDir: process.cwd(), wait });

/** A revision that creates extensions the way generated files do, and one through raw SQL. */
const CREATE_CITEXT: MigrationModule = {
  async upgrade(op: Operations) {
    await op.createExtension('citext', { ifNotExists: true });
    await op.execute('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"');
    await op.createTable('people', { columns: [{ name: 'email', type: 'public.citext', nullable: false }] });
    await op.execute("INSERT INTO people VALUES ('Ann@Example.org')");
  },
  async downgrade(op: Operations) {
    await op.dropTable('people');
    await op.execute('DROP EXTENSION "uuid-ossp"');
    await op.dropExtension('citext', { ifExists: true });
  },
};

const step = (direction: 'up' | 'down'): PlannedStep => ({
  revision: 'aaaaaaaaaaaa',
  file: 'aaaaaaaaaaaa_citext.ts',
  direction,
  label: 'citext',
  changes: [direction === 'up' ? { kind: 'insert', revision: 'aaaaaaaaaaaa' } : { kind: 'delete', revision: 'aaaaaaaaaaaa' }],
  runScript: true,
  checksums: direction === 'up' ? { record: [], forget: [] } : { record: [], forget: ['aaaaaaaaaaaa'] },
});

function run(driver: Awaited<ReturnType<typeof open>>, direction: 'up' | 'down', mod: MigrationModule = CREATE_CITEXT) {
  return runMigrations({
    driver,
    versionTable: { schema: null, name: 'retort_version' },
    settings: { lockTimeout: null, statementTimeout: null },
    transactionPerMigration: false,
    lockTimeoutMs: 10_000,
    args: {},
    plan: () => [step(direction)],
    loadMigration: async () => mod,
  });
}

describe.each(testTargets())('extensions created by a migration run on $name', (target) => {
  test('a run creates the extensions its scripts name; the database reopens with them; downgrade drops them', async () => {
    const db = await target.create();
    try {
      const driver = await open(db.url);
      try {
        const result = await run(driver, 'up');
        expect(result.steps.map((s) => s.status)).toEqual(['applied']);
        expect(await driver.query("SELECT email = 'ann@example.org' AS same FROM people")).toEqual([{ same: true }]);
      } finally {
        await driver.close();
      }
      // a later command (and a test connection) opens the database with citext and uuid-ossp working
      const again = await open(db.url);
      try {
        expect(await again.query("SELECT count(*)::int AS n FROM people WHERE email = 'ANN@EXAMPLE.ORG'")).toEqual([{ n: 1 }]);
        expect(await again.query('SELECT length(uuid_generate_v4()::text) AS n')).toEqual([{ n: 36 }]);
        await run(again, 'down');
        expect(await again.query("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'")).toEqual([]);
      } finally {
        await again.close();
      }
    } finally {
      await db.dispose();
    }
  });

  test('test connections open a database that has contrib extensions', async () => {
    const db = await target.create();
    try {
      const driver = await open(db.url);
      await run(driver, 'up').finally(() => driver.close());
      const conn = await connectTest(db.url);
      try {
        expect(await conn.query("SELECT 'A'::citext = 'a' AS same")).toEqual([{ same: true }]);
      } finally {
        await conn.close();
      }
    } finally {
      await db.dispose();
    }
  });
});

describe('PGlite and the extensions it does not ship', () => {
  test('an extension PGlite lacks is a RetortError naming it, and the database stays usable', async () => {
    const driver = await open('pglite://memory');
    try {
      await driver.exec('CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)');
      const error = await driver.loadExtensions!(['citext', 'vector', 'postgis']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RetortError);
      expect(error).toMatchObject({
        code: 'PGLITE_EXTENSION_UNAVAILABLE',
        message: 'The embedded PGlite database cannot load the extensions "postgis", "vector": PGlite does not ship them.',
      });
      expect((error as RetortError).hint).toContain('postgres://');
      expect(await driver.query('SELECT id FROM kept')).toEqual([{ id: 1 }]);
    } finally {
      await driver.close();
    }
  });

  test('a run whose revision creates one stops before anything is applied', async () => {
    const driver = await open('pglite://memory');
    try {
      const vector: MigrationModule = {
        async upgrade(op: Operations) {
          await op.createExtension('vector', { ifNotExists: true });
          await op.createTable('items', { columns: [{ name: 'embedding', type: 'public.vector(3)' }] });
        },
        async downgrade() {},
      };
      await expect(run(driver, 'up', vector)).rejects.toMatchObject({ code: 'PGLITE_EXTENSION_UNAVAILABLE', message: expect.stringContaining('"vector"') });
      expect(await driver.query("SELECT to_regclass('retort_version') IS NULL AS none")).toEqual([{ none: true }]);
    } finally {
      await driver.close();
    }
  });

  test('an in-memory database keeps its data when it reopens with an extension', async () => {
    const driver = await open('pglite://memory');
    try {
      await driver.exec('CREATE TABLE kept (id int); INSERT INTO kept VALUES (1)');
      await driver.loadExtensions!(['pg_trgm']);
      await driver.exec('CREATE EXTENSION pg_trgm');
      expect(await driver.query("SELECT similarity('word', 'words') > 0.5 AS close, (SELECT id FROM kept) AS id")).toEqual([{ close: true, id: 1 }]);
    } finally {
      await driver.close();
    }
  });
});
