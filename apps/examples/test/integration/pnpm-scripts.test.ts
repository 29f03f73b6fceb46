import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testTargets, type IsolatedDatabase } from '@retort/testing';

/** pnpm as the test run was started with it (`pnpm test` sets npm_execpath), else from PATH. */
function pnpm(args: string[], cwd: string, env: Record<string, string>) {
  const execpath = process.env.npm_execpath;
  const [cmd, pre] = execpath && /pnpm/.test(execpath) ? [process.execPath, [execpath]] : ['pnpm', []];
  const r = spawnSync(cmd, [...pre, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** A copy of an example project, as a user's checkout of it (its node_modules linked). */
function copyExample(name: string): string {
  const source = resolve(__dirname, '../..', name);
  const dir = mkdtempSync(join(tmpdir(), `retort-example-${name}-`));
  for (const entry of ['package.json', 'retort.config.ts', 'tsconfig.json', 'src', 'migrations']) {
    cpSync(join(source, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(source, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

const examples = [
  {
    name: 'drizzle',
    edit(dir: string) {
      const file = join(dir, 'src/db/schema.ts');
      writeFileSync(
        file,
        readFileSync(file, 'utf8') +
          `\nexport const comments = pgTable('comments', {\n  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),\n  taskId: integer('task_id').notNull().references(() => tasks.id),\n  body: text('body').notNull(),\n});\n`,
      );
      return 'add comments table';
    },
  },
  {
    name: 'typeorm',
    edit(dir: string) {
      const file = join(dir, 'src/entities/user.ts');
      writeFileSync(file, readFileSync(file, 'utf8').replace('  @OneToMany(', '  @Column({ name: \'login_count\', default: 0 })\n  loginCount: number;\n\n  @OneToMany('));
      return 'add login count';
    },
  },
];

describe.each(testTargets())('example projects through their pnpm scripts on $name', (target) => {
  let db: IsolatedDatabase;
  beforeEach(async () => {
    db = await target.create();
  });
  afterEach(async () => {
    await db.dispose();
  });

  it.each(examples)('$name: upgrade, edit the model, db:revision, upgrade, check, downgrade', (example) => {
    const dir = copyExample(example.name);
    const env = { DATABASE_URL: db.url };
    try {
      const run = (...args: string[]) => {
        const r = pnpm(['run', ...args], dir, env);
        // a failure shows what pnpm and retort printed
        if (r.code !== 0 && args[0] !== 'db:check') throw new Error(`pnpm run ${args.join(' ')} exited ${r.code}:\n${r.out}`);
        return r;
      };
      expect(run('db:upgrade')).toMatchObject({ code: 0 });
      expect(run('db:check')).toMatchObject({ code: 0, out: expect.stringContaining('No changes detected') });

      const message = example.edit(dir);
      const pending = run('db:check');
      expect(pending.code).toBe(1);

      const revision = run('db:revision', message);
      expect(revision.code).toBe(0);
      const files = readdirSync(join(dir, 'migrations/versions'));
      expect(files.filter((f) => f.endsWith(`_${message.replace(/ /g, '_')}.ts`))).toHaveLength(1);

      expect(run('db:upgrade')).toMatchObject({ code: 0 });
      expect(run('db:check')).toMatchObject({ code: 0 });
      expect(run('db:current').out).toMatch(/\(head\)/);

      expect(run('db:downgrade')).toMatchObject({ code: 0 });
      // behind head: check refuses (exit 3) instead of listing what the unapplied revision does
      expect(run('db:check').code).toBe(3);
      expect(run('db:upgrade')).toMatchObject({ code: 0 });
      expect(run('db:check')).toMatchObject({ code: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
