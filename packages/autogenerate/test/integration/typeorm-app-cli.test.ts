import { testTargets } from '@retort/testing';
import { runCli } from '../../../../apps/cli/test/support/cli-project';
import { openDatabase } from '../../../extract/test/support/open-target';
import { pgShim } from '../../../extract/test/support/pg-shim';
import { typeormRuntimeFor } from '../../../extract/src/typeorm/typeorm-runtime';
import { ok, output } from '../support/cli-run';
import { TempProject } from '../support/temp-project';
import { liveModel } from '../support/workflow';
import { modelDifferences } from '../support/model-assert';
import { loadUserModule } from '@retort/loader';

/**
 * A TypeORM app as it is written in the field — User.ts ↔ Post.ts importing each other, uuid
 * keys, a column typed by a type alias imported from another file, an entity left to
 * `synchronize: false` — through the `retort` binary: revision --autogenerate → upgrade head →
 * check clean, and the catalog equals TypeORM synchronize()'s build of the same entities.
 */
const TSCONFIG = JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, experimentalDecorators: true, emitDecoratorMetadata: true, skipLibCheck: true } });
const USER = `import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Post } from './Post';

@Entity()
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  name!: string;

  @OneToMany(() => Post, (p) => p.author)
  posts!: Post[];
}
`;
const POST = `import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './User';
import type { State } from './state';

@Entity()
export class Post {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  state!: State;

  @ManyToOne(() => User, (u) => u.posts)
  author!: User;
}
`;
const LEGACY = `import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'legacy', synchronize: false })
export class Legacy {
  @PrimaryColumn()
  id!: number;

  @Column()
  note!: string;
}
`;
const DATA_SOURCE = `import { DataSource } from 'typeorm';
import { User } from './entity/User';
import { Post } from './entity/Post';
import { Legacy } from './entity/Legacy';

export const AppDataSource = new DataSource({ type: 'postgres', entities: [User, Post, Legacy] });
`;

function project(url: string): TempProject {
  const p = new TempProject('typeorm-app-');
  p.write('retort.config.ts', `import { defineConfig } from 'retort-migrate';\n\nexport default defineConfig({ url: ${JSON.stringify(url)}, schema: { typeorm: './src/data-source.ts' }, migrations: './migrations' });\n`);
  p.write('tsconfig.json', TSCONFIG);
  p.write('src/entity/User.ts', USER);
  p.write('src/entity/Post.ts', POST);
  p.write('src/entity/Legacy.ts', LEGACY);
  p.write('src/entity/state.ts', "export type State = 'INPROGRESS' | 'FINISHED';\n");
  p.write('src/data-source.ts', DATA_SOURCE);
  return p;
}


describe.each(testTargets())('a TypeORM app with circular entities through the CLI on $name', (target) => {
  test('revision --autogenerate → upgrade head → check clean, = synchronize()', async () => {
    const db = await target.create();
    const p = project(db.url);
    try {
      const generated = await ok(p, 'revision', '--autogenerate', '-m', 'init');
      expect(output(generated)).toContain('Skipped entity Legacy (table public.legacy): synchronize: false');
      await ok(p, 'upgrade', 'head');
      await ok(p, 'check');
      const conn = await openDatabase(db.url);
      try {
        const ours = await liveModel(conn, ['public']);
        expect(ours.tables.find((t) => t.name === 'post')!.columns.find((c) => c.name === 'state')!.type).toBe('character varying');
        // TypeORM's own build of the same entities, in a second database
        const other = await target.create();
        const oracle = await openDatabase(other.url);
        // synchronize() creates uuid-ossp itself; PGlite must have its bundle loaded first
        await oracle.loadExtensions?.(['uuid-ossp']);
        const file = `${p.dir}/src/data-source.ts`;
        const rt = typeormRuntimeFor(file);
        const { AppDataSource } = loadUserModule(file) as { AppDataSource: { options: object } };
        const ds = new rt.orm.DataSource({ ...AppDataSource.options, driver: pgShim(oracle), logging: false } as never);
        try {
          await ds.initialize();
          await ds.synchronize();
          expect(modelDifferences(ours, await liveModel(oracle, ['public']), { ignoreColumnOrder: true })).toEqual([]);
        } finally {
          if (ds.isInitialized) await ds.destroy();
          await oracle.close();
          await other.dispose();
        }
      } finally {
        await conn.close();
      }
    } finally {
      p.dispose();
      await db.dispose();
    }
  }, 400_000);

  test('an error in an entity file names file:line:column and the importing module, without Node internals', async () => {
    const db = await target.create();
    const p = project(db.url);
    try {
      p.write('src/entity/Post.ts', POST.replace('@Entity()', "const broken = JSON.parse('{');\n\n@Entity()"));
      const r = await runCli(['check'], { cwd: p.dir });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/SyntaxError: .*JSON.*\n {4}at src\/entity\/Post\.ts:5:\d+\n {4}while loading src\/entity\/Post\.ts, imported by src\/entity\/User\.ts/);
      expect(r.stderr).not.toMatch(/node:internal|Stack backtrace/);
    } finally {
      p.dispose();
      await db.dispose();
    }
  }, 400_000);
});
