import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { CliProject, runCli } from '../support/cli-project';
import { versionRows, withDb } from '../support/db';

describe('init and list-templates', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'retort-init-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the templates', async () => {
    const r = await runCli(['list-templates'], { cwd: dir });
    expect(r.stdout).toContain('drizzle  - Drizzle ORM');
    expect(r.stdout).toContain('typeorm  - TypeORM');
    expect(r.stdout).toContain('blank    - Hand-written migrations only');
    const json = await runCli(['list-templates', '--json'], { cwd: dir });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { name: string }[]).map((t) => t.name)).toEqual(['drizzle', 'typeorm', 'blank']);
  });

  it.each(['drizzle', 'typeorm', 'blank'])('init --template %s writes a config and a versions folder, and never overwrites', async (template) => {
    const r = await runCli(['init', 'db/migrations', '--template', template], { cwd: dir });
    expect(r.code).toBe(0);
    const config = readFileSync(join(dir, 'retort.config.ts'), 'utf8');
    expect(config).toContain("migrations: './db/migrations'");
    expect(config).toContain("'pglite://./.retort/db'");
    if (template === 'drizzle') expect(config).toContain("schema: { drizzle: './src/db/schema.ts' }");
    if (template === 'typeorm') expect(config).toContain("schema: { typeorm: './src/data-source.ts' }");
    if (template === 'blank') expect(config).not.toContain('schema:');
    expect(existsSync(join(dir, 'db/migrations/versions'))).toBe(true);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('.retort/');

    const again = await runCli(['init', 'other', '--template', template], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(existsSync(join(dir, 'other'))).toBe(false);
    expect(readFileSync(join(dir, 'retort.config.ts'), 'utf8')).toBe(config);
  });

  it('refuses a non-empty migrations folder', async () => {
    mkdirSync(join(dir, 'migrations'));
    writeFileSync(join(dir, 'migrations', 'keep.txt'), 'x');
    const r = await runCli(['init'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is not empty');
    expect(existsSync(join(dir, 'retort.config.ts'))).toBe(false);
  });
});

describe('edit', () => {
  it('opens the revision in $EDITOR', async () => {
    const project = new CliProject('pglite://memory');
    try {
      const file = project.writeRevision({ rev: 'aaaaaaaaaaaa', message: 'one' });
      const editor = join(project.dir, 'editor.sh');
      writeFileSync(editor, '#!/bin/sh\necho "// edited" >> "$1"\n');
      chmodSync(editor, 0o755);
      const r = await runCli(['edit', 'aaaa'], { cwd: project.dir, env: { EDITOR: editor, VISUAL: '' } });
      expect(r.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(/\/\/ edited\n$/);
      const none = await runCli(['edit', 'aaaa'], { cwd: project.dir, env: { EDITOR: '', VISUAL: '' } });
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('$EDITOR');
    } finally {
      project.dispose();
    }
  });
});

describe.each(testTargets())('runner settings on $name', (target) => {
  let db: IsolatedDatabase;
  beforeEach(async () => {
    db = await target.create();
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('current --check-heads fails until the database is at head', async () => {
    const project = new CliProject(db.url);
    try {
      project.writeRevision({ rev: 'aaaaaaaaaaaa', message: 'one' });
      project.writeRevision({ rev: 'bbbbbbbbbbbb', down: 'aaaaaaaaaaaa', message: 'two' });
      expect((await project.run('upgrade', 'aaaaaaaaaaaa')).code).toBe(0);
      const behind = await project.run('current', '--check-heads');
      expect(behind.code).toBe(3);
      expect(behind.stderr).toContain('not up to date');
      expect(behind.stderr).toContain('Pending revisions:\n  bbbbbbbbbbbb, two');
      expect((await project.run('upgrade', 'head')).code).toBe(0);
      const ok = await project.run('current', '--check-heads', '--json');
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout).versionTable).toEqual(['bbbbbbbbbbbb']);
    } finally {
      project.dispose();
    }
  });

  it('statement_timeout from --statement-timeout is applied with SET LOCAL and stops a slow migration', async () => {
    const project = new CliProject(db.url);
    try {
      project.writeRevision({ rev: 'aaaaaaaaaaaa', message: 'slow', upgrade: "await op.execute('select pg_sleep(1)');" });
      const r = await project.run('upgrade', 'head', '--statement-timeout', '200ms');
      if (target.name === 'pglite') {
        // single-threaded WebAssembly: the timer never fires, and retort says so
        expect(r.stderr).toContain('does not enforce lock_timeout/statement_timeout');
        expect(r.code).toBe(0);
      } else {
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('statement timeout');
        expect(await versionRows(db.url)).toEqual([]);
      }
    } finally {
      project.dispose();
    }
  });

  it('keeps the version table in its own schema, and reads several version locations', async () => {
    const project = new CliProject(db.url, { versionTableSchema: 'meta', versionTable: 'applied', versionLocations: ['./more'] });
    try {
      mkdirSync(join(project.dir, 'more'));
      project.writeRevision({ rev: 'aaaaaaaaaaaa', message: 'one', upgrade: "await op.createSchema('app');", downgrade: "await op.dropSchema('app');" });
      writeFileSync(
        join(project.dir, 'more', 'bbbbbbbbbbbb_two.ts'),
        "export const revision = 'bbbbbbbbbbbb';\nexport const downRevision = 'aaaaaaaaaaaa';\nexport const branchLabels = null;\nexport const dependsOn = null;\n" +
          "export async function upgrade(op: any) { await op.createTable('t', { schema: 'app', columns: [{ name: 'id', type: 'integer' }] }); }\n" +
          "export async function downgrade(op: any) { await op.dropTable('t', { schema: 'app' }); }\n",
      );
      expect((await project.run('upgrade', 'head')).code).toBe(0);
      expect(await withDb(db.url, (c) => c.query('select version_num from meta.applied'))).toEqual([{ version_num: 'bbbbbbbbbbbb' }]);
      expect((await project.run('downgrade', 'base')).code).toBe(0);
      expect(await withDb(db.url, (c) => c.query("select count(*)::int as n from pg_namespace where nspname = 'app'"))).toEqual([{ n: 0 }]);
    } finally {
      project.dispose();
    }
  });
});

describe('post-write hooks', () => {
  it('run on each new revision file, and a failing hook fails the command', async () => {
    const project = new CliProject('pglite://memory', { postWriteHooks: ['sh ./hook.sh {file}'] });
    try {
      writeFileSync(join(project.dir, 'hook.sh'), 'echo "// formatted by hook" >> "$1"\n');
      const r = await project.run('revision', '-m', 'hooked', '--rev-id', 'aaaaaaaaaaaa');
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('Running post-write hook');
      expect(readFileSync(join(project.dir, 'migrations/versions/aaaaaaaaaaaa_hooked.ts'), 'utf8')).toMatch(/\/\/ formatted by hook\n$/);
      writeFileSync(join(project.dir, 'hook.sh'), 'exit 3\n');
      const failing = await project.run('revision', '-m', 'second', '--rev-id', 'bbbbbbbbbbbb');
      expect(failing.code).toBe(1);
      expect(failing.stderr).toContain('Post-write hook "sh ./hook.sh {file}" exited with status 3');
    } finally {
      project.dispose();
    }
  });
});
