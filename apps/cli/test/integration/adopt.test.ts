import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUserModule } from '@retort/loader';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { runCli, type CliResult } from '../support/cli-project';
import { versionRows, withDb } from '../support/db';
import { TempProject } from '../../../../packages/autogenerate/test/support/temp-project';
import {
  dataSourceSource,
  typeormOracle,
} from '../../../../packages/autogenerate/test/support/orm-oracle';
import {
  openDatabase,
  type OpenDatabase,
} from '../../../../packages/extract/test/support/open-target';
import { pushDrizzle } from '../../../../packages/extract/test/support/push-drizzle';

/**
 * `retort adopt` on databases built by the ORMs' own tools (drizzle-kit push, TypeORM
 * synchronize): a baseline revision is written and stamped without running it, `check` is then
 * clean, existing rows survive, and the next model change flows through autogenerate.
 */
const drizzleV1 = `import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';

export const users = pgTable('users', { id: serial('id').primaryKey(), email: text('email').notNull().unique() });
export const posts = pgTable('posts', {
  id: serial('id').primaryKey(),
  authorId: integer('author_id').notNull().references(() => users.id),
  title: text('title').notNull(),
});
`;
const drizzleV2 = drizzleV1.replace(
  "  title: text('title').notNull(),\n",
  "  title: text('title').notNull(),\n  body: text('body'),\n",
);

const typeormV1 = `import { Column, Entity, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';

@Entity()
export class Author {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @OneToMany(() => Book, (b) => b.author) books: Relation<Book[]>;
}

@Entity()
export class Book {
  @PrimaryGeneratedColumn() id: number;
  @Column() title: string;
  @ManyToOne(() => Author, (a) => a.books) author: Relation<Author>;
}
`;
const typeormV2 = typeormV1.replace(
  '  @Column() title: string;\n',
  "  @Column() title: string;\n  @Column({ type: 'int', default: 0 }) pages: number;\n",
);

jest.setTimeout(300_000);

const output = (r: CliResult) => `${r.stdout}${r.stderr}`;
const revisions = (p: TempProject) =>
  readdirSync(p.versionsDir)
    .filter((f) => f.endsWith('.ts'))
    .sort();

async function ok(p: TempProject, ...args: string[]): Promise<CliResult> {
  const r = await runCli(args, { cwd: p.dir });
  if (r.code !== 0) throw new Error(`retort ${args.join(' ')} exited ${r.code}:\n${output(r)}`);
  return r;
}

function config(url: string, schema: string): string {
  return `import { defineConfig } from 'retort-migrate';\n\nexport default defineConfig({ url: ${JSON.stringify(url)}, schema: ${schema}, migrations: './migrations' });\n`;
}

describe.each(testTargets())('retort adopt on $name', (target) => {
  let db: IsolatedDatabase;
  let p: TempProject;

  beforeEach(async () => {
    db = await target.create();
    p = new TempProject('adopt-');
  });

  afterEach(async () => {
    await db.dispose();
  });

  /** Builds the database with the ORM's own tool, over a connection closed before the CLI runs. */
  async function build(tool: (conn: OpenDatabase) => Promise<unknown>): Promise<void> {
    const conn = await openDatabase(db.url);
    try {
      await tool(conn);
    } finally {
      await conn.close();
    }
  }

  async function adoptAndEvolve(
    seed: string,
    countRows: string,
    edit: () => void,
    expectInNext: string,
  ): Promise<void> {
    await withDb(db.url, (c) => c.exec(seed));
    const adopted = await ok(p, 'adopt');
    expect(output(adopted)).toMatch(/Adopted: the database is at [0-9a-f]{12}/);
    const [baseline] = revisions(p);
    expect(readFileSync(join(p.versionsDir, baseline!), 'utf8')).toContain('await op.createTable(');
    expect(await versionRows(db.url)).toEqual([baseline!.slice(0, 12)]);
    expect((await ok(p, 'check')).code).toBe(0);

    edit();
    await ok(p, 'revision', '--autogenerate', '-m', 'next change');
    const next = revisions(p).find((f) => f !== baseline)!;
    const text = readFileSync(join(p.versionsDir, next), 'utf8');
    expect(text).toContain(expectInNext);
    expect(text).not.toContain('createTable');
    await ok(p, 'upgrade', 'head');
    expect((await ok(p, 'check')).code).toBe(0);
    // the baseline never ran: the rows written before adoption are still there
    expect(await withDb(db.url, (c) => c.query<{ n: number }>(countRows))).toEqual([{ n: 1 }]);

    const again = await runCli(['adopt'], { cwd: p.dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds revisions');
  }

  test('a database built by drizzle-kit push', async () => {
    const schema = p.write('schema.ts', drizzleV1);
    p.write('retort.config.ts', config(db.url, "{ drizzle: './schema.ts' }"));
    await build((conn) =>
      pushDrizzle(schema, loadUserModule(schema) as Record<string, unknown>, conn, ['public']),
    );
    await adoptAndEvolve(
      "insert into users (email) values ('ada@example.com'); insert into posts (author_id, title) values (1, 'hello')",
      'select count(*)::int as n from posts',
      () => p.write('schema.ts', drizzleV2),
      "await op.addColumn('posts', { name: 'body', type: 'text' });",
    );
  });

  test('a database built by TypeORM synchronize', async () => {
    const entities = p.write('entities.ts', typeormV1);
    p.write('data-source.ts', dataSourceSource('./entities.ts'));
    p.write('retort.config.ts', config(db.url, "{ typeorm: './data-source.ts' }"));
    await build((conn) => typeormOracle(conn, entities, ['public']));
    await adoptAndEvolve(
      "insert into author (name) values ('Ada'); insert into book (title, \"authorId\") select 'Notes', id from author",
      'select count(*)::int as n from book',
      () => p.write('entities.ts', typeormV2),
      "name: 'pages'",
    );
  });

  test('refuses a database that differs from the models, and writes nothing', async () => {
    p.write('schema.ts', drizzleV2);
    p.write('retort.config.ts', config(db.url, "{ drizzle: './schema.ts' }"));
    await withDb(db.url, (c) =>
      c.exec('create table users (id serial primary key, email text not null unique)'),
    );
    const r = await runCli(['adopt'], { cwd: p.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The database differs from the models');
    expect(r.stderr).toContain('--allow-drift');
    expect(revisions(p)).toEqual([]);
    expect(await versionRows(db.url)).toEqual([]);
    expect(existsSync(join(p.dir, 'migrations', 'versions'))).toBe(true);
  });
});
