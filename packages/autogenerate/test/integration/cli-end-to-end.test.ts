import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { testTargets } from '@retort/testing';
import { runCli } from '../../../../apps/cli/test/support/cli-project';
import { ok, output } from '../support/cli-run';
import { TempProject } from '../support/temp-project';
import { typecheck } from '../support/typecheck';

/**
 * The `retort` binary on a Drizzle project, as a user runs it: revision --autogenerate writes a
 * formatted, type-correct file; check reports (text, markdown, json) and sets the exit code;
 * autogenerate refuses a database that is behind and writes nothing when nothing changed.
 */
const PRETTIER = resolve(__dirname, '..', '..', '..', '..', 'node_modules', '.bin', 'prettier');

const usersV1 = `import { integer, pgTable, serial, text, varchar } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: varchar('email', { length: 200 }).notNull(),
  name: text('name'),
  age: integer('age'),
});
`;
const usersV2 = usersV1
  .replace("import { integer,", "import { index, integer,")
  .replace("  age: integer('age'),\n});", "  age: integer('age'),\n  bio: text('bio'),\n}, (t) => [index('users_name_idx').on(t.name)]);");

function project(url: string): TempProject {
  const p = new TempProject('cli-');
  p.write('retort.config.ts', `import { defineConfig } from 'retort-migrate';\n\nexport default defineConfig({ url: ${JSON.stringify(url)}, schema: { drizzle: './schema.ts' }, migrations: './migrations' });\n`);
  p.write('schema.ts', usersV1);
  return p;
}

const revisions = (p: TempProject) => readdirSync(p.versionsDir).filter((f) => f.endsWith('.ts')).sort();

describe.each(testTargets())('retort CLI end to end on $name', (target) => {
  test('revision --autogenerate writes a prettier-clean, strictly type-correct file; check exits 0, then 1 with the ops in text, markdown and json', async () => {
    const db = await target.create();
    const p = project(db.url);
    try {
      const first = await ok(p, 'revision', '--autogenerate', '-m', 'add users table');
      expect(output(first)).toContain('createTable ×1');
      const [file] = revisions(p);
      expect(file).toMatch(/^[0-9a-f]{12}_add_users_table\.ts$/);
      const path = join(p.versionsDir, file!);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain("await op.createTable('users'");
      expect(text).toContain("await op.dropTable('users');");

      // --ignore-path: the temp project is gitignored, and an ignored file would pass unchecked
      const prettier = spawnSync(PRETTIER, ['--check', '--ignore-path', join(p.dir, 'no-ignore-file'), path], { cwd: p.dir, encoding: 'utf8' });
      expect({ status: prettier.status, out: `${prettier.stdout}${prettier.stderr}` }).toEqual({ status: 0, out: expect.stringContaining('All matched files use Prettier code style!') });
      expect(typecheck(path)).toEqual([]);

      await ok(p, 'upgrade', 'head');
      const clean = await runCli(['check'], { cwd: p.dir });
      expect({ code: clean.code, stdout: clean.stdout.trim() }).toEqual({ code: 0, stdout: 'No changes detected' });

      p.write('schema.ts', usersV2);
      const changed = await runCli(['check'], { cwd: p.dir });
      expect(changed.code).toBe(1);
      expect(changed.stdout).toContain('2 changes detected in 1 table:\n\ntable users\n');
      expect(changed.stdout).toMatch(/⚠ 1 hazard: 1 long lock\n  long lock: Creating index users_name_idx/);
      // --json is the same report as --format json
      expect(JSON.parse((await runCli(['check', '--json'], { cwd: p.dir })).stdout)).toMatchObject({ changes: 2 });
      expect(changed.stdout).toContain("await op.addColumn('users', { name: 'bio', type: 'text' });");
      expect(changed.stdout).toContain("await op.createIndex('users_name_idx', 'users', ['name']);");

      const markdown = await runCli(['check', '--format', 'markdown'], { cwd: p.dir });
      expect(markdown.code).toBe(1);
      // markdown shows the file revision --autogenerate would write: the online plan builds the
      // index on the existing table concurrently, so the long-lock hazard is gone
      expect(markdown.stdout).toMatch(/^### retort check: 2 changes\n/);
      expect(markdown.stdout).toContain("await op.setLockTimeout('5s');");
      expect(markdown.stdout).toContain('await op.autocommitBlock(async () => {');
      expect(markdown.stdout).toContain('CREATE INDEX CONCURRENTLY "users_name_idx" ON "users" ("name");');
      expect(markdown.stdout).toContain('ALTER TABLE "users" ADD COLUMN "bio" text;');
      expect(markdown.stdout).toContain('No lint findings.');
      expect(markdown.stdout).toContain('<details><summary>SQL</summary>');

      const json = await runCli(['check', '--format', 'json'], { cwd: p.dir });
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout) as { changes: number; operations: { kind: string; sql: string[] }[] };
      expect(report.changes).toBe(2);
      expect(report.operations.map((o) => o.kind).sort()).toEqual(['addColumn', 'createIndex']);
      expect(report.operations.every((o) => o.sql.length > 0)).toBe(true);
    } finally {
      p.dispose();
      await db.dispose();
    }
  });

  test('revision --autogenerate refuses a database behind head, and writes nothing when nothing changed', async () => {
    const db = await target.create();
    const p = project(db.url);
    try {
      await ok(p, 'revision', '--autogenerate', '-m', 'add users table');
      // not upgraded: the database is at base, the scripts' head is the new revision
      const behind = await runCli(['revision', '--autogenerate', '-m', 'more'], { cwd: p.dir });
      expect(behind.code).not.toBe(0);
      expect(output(behind)).toContain('Target database is not up to date');
      expect(revisions(p)).toHaveLength(1);

      await ok(p, 'upgrade', 'head');
      const nothing = await ok(p, 'revision', '--autogenerate', '-m', 'nothing');
      expect(output(nothing)).toContain('No schema changes detected');
      expect(revisions(p)).toHaveLength(1);

      // a second revision, then downgrade -1 puts the database behind the models again
      p.write('schema.ts', usersV2);
      // by default the index on the existing table is built concurrently, and the file sets lock_timeout
      const online = await ok(p, 'revision', '--autogenerate', '-m', 'add bio');
      const [onlineFile] = revisions(p).filter((f) => f.includes('add_bio'));
      const onlineText = readFileSync(join(p.versionsDir, onlineFile!), 'utf8');
      expect(onlineText).toContain("await op.setLockTimeout('5s');");
      expect(onlineText).toContain("await op.createIndex('users_name_idx', 'users', ['name'], { concurrently: true });");
      expect(output(online)).not.toContain('long-lock');
      rmSync(join(p.versionsDir, onlineFile!));
      const bogus = await runCli(['revision', '--autogenerate', '-m', 'add bio', '--plan', 'fast'], { cwd: p.dir });
      expect(bogus.code).not.toBe(0);
      expect(bogus.stderr).toContain('Invalid values');
      expect(revisions(p)).toHaveLength(1);
      // --plan simple, FORCE_COLOR: the summary's lock hazard is printed in the warning colour
      const bio = await runCli(['revision', '--autogenerate', '-m', 'add bio', '--plan', 'simple'], { cwd: p.dir, env: { FORCE_COLOR: '1' } });
      expect(bio.code).toBe(0);
      expect(bio.stderr).toContain('\x1b[33m  ⚠ long-lock: Creating index users_name_idx');
      await ok(p, 'upgrade', 'head');
      expect((await runCli(['check'], { cwd: p.dir })).code).toBe(0);
      await ok(p, 'downgrade', '-1');
      // behind head: check and diff refuse (exit 3), never listing the unapplied revision's operations
      const [rev2] = revisions(p).filter((f) => f.includes('add_bio'));
      for (const command of ['check', 'diff']) {
        const after = await runCli([command], { cwd: p.dir });
        expect(after.code).toBe(3);
        expect(after.stdout).toBe('');
        expect(after.stderr).toContain('Target database is not up to date');
        expect(after.stderr).toContain(`Pending revisions:\n  ${rev2!.slice(0, 12)}, add bio`);
      }
    } finally {
      p.dispose();
      await db.dispose();
    }
  }, 300_000);

  test('two heads: autogenerate points to `upgrade heads` / `merge heads`, both of which lead on; no -m makes up a message', async () => {
    const db = await target.create();
    const p = project(db.url);
    try {
      await ok(p, 'revision', '-m', 'root', '--rev-id', 'aaaa00000001');
      await ok(p, 'revision', '-m', 'left', '--rev-id', 'bbbb00000002', '--head', 'aaaa00000001');
      await ok(p, 'revision', '-m', 'right', '--rev-id', 'cccc00000003', '--head', 'aaaa00000001', '--splice');
      const behind = await runCli(['revision', '--autogenerate'], { cwd: p.dir });
      expect(behind.code).toBe(3);
      expect(behind.stderr).toContain('Hint: The migrations have 2 heads: run `retort upgrade heads` to apply them all, or `retort merge heads -m "merge"`');

      await ok(p, 'upgrade', 'heads');
      const twoHeads = await runCli(['revision', '--autogenerate'], { cwd: p.dir });
      expect(twoHeads.code).toBe(1);
      expect(twoHeads.stderr).toContain('retort merge heads');

      const merge = await ok(p, 'merge', 'heads', '--json');
      expect(JSON.parse(merge.stdout)).toMatchObject({ revision: expect.any(String), downRevisions: ['bbbb00000002', 'cccc00000003'], message: 'merge bbbb00000002, cccc00000003' });
      await ok(p, 'upgrade', 'head');
      const written = await ok(p, 'revision', '--autogenerate', '--json');
      expect(written.stderr).toContain('No -m/--message given; using "update users"');
      const result = JSON.parse(written.stdout) as { path: string; message: string; changes: number };
      expect(result).toMatchObject({ message: 'update users', changes: 1 });
      expect(readFileSync(result.path, 'utf8')).toMatch(/^\/\*\*\n \* update users\n/);
      expect(typecheck(result.path)).toEqual([]);
    } finally {
      p.dispose();
      await db.dispose();
    }
  }, 300_000);
});
