import { join, resolve } from 'node:path';
import { testTargets } from '@retort/testing';
import { openDatabase } from '../../../extract/test/support/open-target';
import { pgShim } from '../../../extract/test/support/pg-shim';
import { typeormRuntimeFor } from '../../../extract/src/typeorm/typeorm-runtime';
import { typeormEntities } from '../support/orm-oracle';
import { TempProject } from '../support/temp-project';
import { pendingChanges, sessionOver } from '../support/workflow';

const FIXTURE = resolve(__dirname, '..', '..', '..', 'extract', 'test', 'fixtures', 'typeorm', 'synchronize-false.ts');

/**
 * Tables the ORM owns but does not synchronize — `synchronize: false` entities and join tables,
 * TypeORM's migrations table (here renamed by `migrationsTableName`) and `typeorm_metadata`,
 * drizzle-kit's `drizzle.__drizzle_migrations` — exist in the database and autogenerate leaves
 * them alone: the database TypeORM builds itself is already clean.
 */
describe.each(testTargets())('unmanaged tables on $name', (target) => {
  test('TypeORM: synchronize() + runMigrations() + the synchronize:false tables → nothing to generate', async () => {
    const project = new TempProject('unmanaged-typeorm-');
    const created = await target.create();
    const db = await openDatabase(created.url);
    const rt = typeormRuntimeFor(FIXTURE);
    const ds = new rt.orm.DataSource({
      type: 'postgres', driver: pgShim(db), entities: typeormEntities(FIXTURE) as never[], migrationsTableName: 'app_migrations', migrations: [], logging: false,
    });
    try {
      await ds.initialize();
      await ds.synchronize();
      await ds.runMigrations();
      await db.exec(`create table legacy_reports (id integer primary key, title text);
        create table note_labels_legacy ("notesId" integer, "labelsId" integer);
        create table typeorm_metadata (type varchar not null, name varchar)`);
      project.write('data-source.ts', [
        "import { DataSource, InstanceChecker } from 'typeorm';",
        `import * as models from ${JSON.stringify(FIXTURE.replace(/\.ts$/, ''))};`,
        'const entities = Object.values(models).filter((v) => typeof v === "function" || InstanceChecker.isEntitySchema(v));',
        "export const AppDataSource = new DataSource({ type: 'postgres', entities: entities as never[], migrationsTableName: 'app_migrations' });",
        '',
      ].join('\n'));
      const s = sessionOver(project.config(created.url, { typeorm: './data-source.ts' }), db);
      const tables = await db.query<{ name: string }>("select table_name as name from information_schema.tables where table_schema = 'public' order by 1");
      expect(tables.map((t) => t.name)).toEqual(['app_migrations', 'labels', 'legacy_reports', 'note_labels_legacy', 'note_tags', 'notes', 'typeorm_metadata']);
      expect(await pendingChanges(s)).toEqual([]);
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await db.close();
      await created.dispose();
      project.dispose();
    }
  });

  test("Drizzle: drizzle-kit's drizzle.__drizzle_migrations is never proposed for dropping", async () => {
    const project = new TempProject('unmanaged-drizzle-');
    const created = await target.create();
    const db = await openDatabase(created.url);
    try {
      // a model with a table in the `drizzle` schema, so that schema is compared at all
      project.write('schema.ts', [
        "import { integer, pgSchema } from 'drizzle-orm/pg-core';",
        "export const audit = pgSchema('drizzle').table('audit', { id: integer('id').primaryKey() });",
        '',
      ].join('\n'));
      await db.exec(`create schema drizzle;
        create table drizzle.audit (id integer primary key);
        create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`);
      const s = sessionOver(project.config(created.url, { drizzle: join(project.dir, 'schema.ts') }), db);
      expect(await pendingChanges(s)).toEqual([]);
    } finally {
      await db.close();
      await created.dispose();
      project.dispose();
    }
  });
});
