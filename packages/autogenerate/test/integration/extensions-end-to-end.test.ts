import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import type { SchemaModel } from '@retort/schema';
import { runCli, type CliResult } from '../../../../apps/cli/test/support/cli-project';
import { openDatabase } from '../../../extract/test/support/open-target';
import { modelDifferences } from '../support/model-assert';
import { drizzleOracle, typeormOracle } from '../support/orm-oracle';
import { TempProject } from '../support/temp-project';
import { typecheck } from '../support/typecheck';
import { liveModel } from '../support/workflow';

/**
 * Extensions are part of the schema: a project whose models need uuid-ossp, citext and pg_trgm
 * goes `init` → `revision --autogenerate` → `upgrade head` → `check` clean on a fresh database
 * with no manual step, and the result is the ORM's own build of the same models.
 */
const USER_ENTITY = `import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Post } from './post';

@Entity()
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('citext', { unique: true })
  email!: string;

  @OneToMany(() => Post, (post) => post.author)
  posts!: Post[];
}
`;
const POST_ENTITY = `import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user';

@Entity()
export class Post {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('citext')
  title!: string;

  @ManyToOne(() => User, (user) => user.posts)
  author!: User;
}
`;
// Post first: user.ts then reads post.ts's exports only lazily (() => Post), never while they load.
const ENTITIES = `export { Post } from './post';\nexport { User } from './user';\n`;
const DATA_SOURCE = `import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Post, User } from './entities';

export const AppDataSource = new DataSource({ type: 'postgres', entities: [Post, User] });
`;

const DRIZZLE_SCHEMA = `import { sql } from 'drizzle-orm';
import { customType, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';

const citext = customType<{ data: string }>({ dataType: () => 'citext' });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql\`uuid_generate_v4()\`),
    email: citext('email').notNull().unique(),
    name: text('name').notNull(),
  },
  (t) => [index('users_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops'))],
);
`;

/** Six CLI runs and two fresh databases per test; each run starts PGlite (seconds on a busy machine). */
const CLI_RUNS_TIMEOUT = 900_000;

const output = (r: CliResult) => `${r.stdout}${r.stderr}`;

async function retort(p: TempProject, url: string, ...args: string[]): Promise<CliResult> {
  const r = await runCli(args, { cwd: p.dir, env: { DATABASE_URL: url } });
  if (r.code !== 0) throw new Error(`retort ${args.join(' ')} exited ${r.code}:\n${output(r)}`);
  return r;
}

/** init → revision --autogenerate → upgrade head → check; returns the revision's text and the upgraded catalog. */
async function autogenerateAndUpgrade(p: TempProject, db: IsolatedDatabase, template: 'typeorm' | 'drizzle'): Promise<{ text: string; upgraded: SchemaModel }> {
  await retort(p, db.url, 'init', 'db/migrations', '--template', template);
  await retort(p, db.url, 'revision', '--autogenerate', '-m', 'initial schema');
  const versions = join(p.dir, 'db', 'migrations', 'versions');
  const [file] = readdirSync(versions).filter((f) => f.endsWith('.ts'));
  const path = join(versions, file!);
  expect(typecheck(path)).toEqual([]);
  await retort(p, db.url, 'upgrade', 'head');
  const check = await runCli(['check'], { cwd: p.dir, env: { DATABASE_URL: db.url } });
  expect({ code: check.code, out: output(check).trim() }).toEqual({ code: 0, out: 'No changes detected' });
  const live = await openDatabase(db.url);
  try {
    return { text: readFileSync(path, 'utf8'), upgraded: await liveModel(live, ['public']) };
  } finally {
    await live.close();
  }
}

/** The ORM's own build, on a second fresh database (PGlite needs the contrib bundles loaded first). */
async function oracleBuild(target: { create(): Promise<IsolatedDatabase> }, build: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<SchemaModel>, extensions: string[]): Promise<SchemaModel> {
  const created = await target.create();
  const db = await openDatabase(created.url);
  try {
    await db.loadExtensions?.(extensions);
    return await build(db);
  } finally {
    await db.close();
    await created.dispose();
  }
}

async function downgradeBaseLeavesNoExtensions(p: TempProject, db: IsolatedDatabase): Promise<void> {
  await retort(p, db.url, 'downgrade', 'base');
  const live = await openDatabase(db.url);
  try {
    expect((await liveModel(live, ['public'])).extensions).toEqual([]);
  } finally {
    await live.close();
  }
}

/** A fresh database and project; after `fn`, downgrade base must leave no extension behind. */
async function inFreshProject(target: { create(): Promise<IsolatedDatabase> }, prefix: string, fn: (p: TempProject, db: IsolatedDatabase) => Promise<void>): Promise<void> {
  const db = await target.create();
  const p = new TempProject(prefix);
  try {
    await fn(p, db);
    await downgradeBaseLeavesNoExtensions(p, db);
  } finally {
    p.dispose();
    await db.dispose();
  }
}

describe.each(testTargets())('extensions end to end on $name', (target) => {
  test('TypeORM: uuid keys with default DataSource options and citext columns; the catalog equals synchronize()', async () => {
    await inFreshProject(target, 'ext-typeorm-', async (p, db) => {
      p.write('src/entities/user.ts', USER_ENTITY);
      p.write('src/entities/post.ts', POST_ENTITY);
      p.write('src/entities/index.ts', ENTITIES);
      p.write('src/data-source.ts', DATA_SOURCE);
      const { text, upgraded } = await autogenerateAndUpgrade(p, db, 'typeorm');
      expect(text).toContain("await op.createExtension('citext', { ifNotExists: true });");
      expect(text).toContain("await op.createExtension('uuid-ossp', { ifNotExists: true });");
      expect(text.indexOf("op.createExtension('uuid-ossp'")).toBeLessThan(text.indexOf('op.createTable('));
      expect(text).toContain("await op.dropExtension('uuid-ossp', { ifExists: true });");
      expect(upgraded.extensions).toEqual([
        { name: 'citext', schema: 'public' },
        { name: 'uuid-ossp', schema: 'public' },
      ]);
      expect(upgraded.tables.find((t) => t.name === 'user')?.columns.find((c) => c.name === 'email')?.type).toBe('public.citext');

      const oracle = await oracleBuild(target, (o) => typeormOracle(o, join(p.dir, 'src/entities/index.ts'), ['public'], {}), ['citext', 'uuid-ossp']);
      expect(modelDifferences(upgraded, oracle, { ignoreColumnOrder: true })).toEqual([]);
    });
  }, CLI_RUNS_TIMEOUT);

  test('Drizzle: a uuid_generate_v4() default, a citext column and a gin_trgm_ops index; the catalog equals drizzle-kit push', async () => {
    await inFreshProject(target, 'ext-drizzle-', async (p, db) => {
      const schemaFile = p.write('src/db/schema.ts', DRIZZLE_SCHEMA);
      const { text, upgraded } = await autogenerateAndUpgrade(p, db, 'drizzle');
      for (const name of ['citext', 'pg_trgm', 'uuid-ossp']) {
        expect(text).toContain(`await op.createExtension('${name}', { ifNotExists: true });`);
        expect(text).toContain(`await op.dropExtension('${name}', { ifExists: true });`);
      }
      expect(upgraded.tables[0]?.indexes[0]?.keys[0]?.opclass).toBe('gin_trgm_ops');

      // drizzle-kit push installs no extensions: the database must have them, as its users do by hand
      const oracle = await oracleBuild(
        target,
        async (o) => {
          await o.exec('create extension citext; create extension pg_trgm; create extension "uuid-ossp"');
          return drizzleOracle(o, schemaFile, ['public']);
        },
        ['citext', 'pg_trgm', 'uuid-ossp'],
      );
      expect(modelDifferences(upgraded, oracle, { ignoreColumnOrder: true })).toEqual([]);
    });
  }, CLI_RUNS_TIMEOUT);
});
