import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { serverUrl, testTargets } from '@retort/testing';
import { CliProject, runCli } from '../support/cli-project';
import { tableNames, versionRows } from '../support/db';

const UNREACHABLE = 'postgres://app:topsecret@127.0.0.1:1/none';

describe('offline --sql (never connects)', () => {
  let project: CliProject;
  beforeEach(() => {
    project = new CliProject(UNREACHABLE);
    project.writeRevision({ rev: 'aaaaaaaaaaaa', message: 'create order', upgrade: `await op.createTable('order', { columns: [{ name: 'id', type: 'integer', primaryKey: true }] });`, downgrade: `await op.dropTable('order');` });
    project.writeRevision({ rev: 'bbbbbbbbbbbb', down: 'aaaaaaaaaaaa', message: 'index it', upgrade: `await op.autocommitBlock(() => op.createIndex('ix', 'order', ['id'], { concurrently: true }));\n  await op.bulkInsert('order', [{ id: 1 }]);`, downgrade: `await op.dropIndex('ix');` });
  });
  afterEach(() => project.dispose());

  const checksumOf = (rev: string) => {
    const versions = join(project.dir, 'migrations', 'versions');
    const file = readdirSync(versions).find((f) => f.startsWith(rev))!;
    return createHash('sha256').update(readFileSync(join(versions, file), 'utf8')).digest('hex');
  };

  it('upgrade head --sql prints the whole script with transactions and version-table statements', async () => {
    const r = await project.run('upgrade', 'head', '--sql');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '-- retort offline script: upgrade base:head',
        '',
        'BEGIN;',
        '',
        'CREATE TABLE IF NOT EXISTS "retort_version" (version_num varchar(32) NOT NULL, CONSTRAINT "retort_version_pkc" PRIMARY KEY (version_num));',
        '',
        'CREATE TABLE IF NOT EXISTS "retort_version_checksums" (version_num varchar(32) NOT NULL, checksum char(64) NOT NULL, CONSTRAINT "retort_version_checksums_pkc" PRIMARY KEY (version_num));',
        '',
        'ALTER TABLE "retort_version" ADD COLUMN IF NOT EXISTS dirty varchar(4);',
        '',
        '-- Running upgrade <base> -> aaaaaaaaaaaa, create order',
        '',
        'CREATE TABLE "order" (\n  "id" integer PRIMARY KEY\n);',
        '',
        `INSERT INTO "retort_version" (version_num) VALUES ('aaaaaaaaaaaa');`,
        '',
        `INSERT INTO "retort_version_checksums" (version_num, checksum) VALUES ('aaaaaaaaaaaa', '${checksumOf('aaaaaaaaaaaa')}') ON CONFLICT (version_num) DO UPDATE SET checksum = EXCLUDED.checksum;`,
        '',
        '-- Running upgrade aaaaaaaaaaaa -> bbbbbbbbbbbb, index it',
        '',
        '-- bbbbbbbbbbbb is marked dirty until it finishes: the autocommit block commits part of it',
        '',
        `INSERT INTO "retort_version" (version_num, dirty) VALUES ('bbbbbbbbbbbb', 'up') ON CONFLICT (version_num) DO UPDATE SET dirty = 'up';`,
        '',
        'COMMIT;',
        '',
        'CREATE INDEX CONCURRENTLY "ix" ON "order" ("id");',
        '',
        'BEGIN;',
        '',
        'INSERT INTO "order" ("id") VALUES (1);',
        '',
        `DELETE FROM "retort_version" WHERE version_num = 'bbbbbbbbbbbb' AND dirty IS NOT NULL;`,
        '',
        `UPDATE "retort_version" SET version_num = 'bbbbbbbbbbbb' WHERE version_num = 'aaaaaaaaaaaa';`,
        '',
        `INSERT INTO "retort_version_checksums" (version_num, checksum) VALUES ('bbbbbbbbbbbb', '${checksumOf('bbbbbbbbbbbb')}') ON CONFLICT (version_num) DO UPDATE SET checksum = EXCLUDED.checksum;`,
        '',
        'COMMIT;',
        '',
      ].join('\n'),
    );
  });

  it('downgrade --sql needs a range, and renders one', async () => {
    const bad = await project.run('downgrade', 'base', '--sql');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('requires <fromrev>:<torev>');
    const ok = await project.run('downgrade', 'bbbbbbbbbbbb:base', '--sql');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('DROP INDEX "ix";');
    expect(ok.stdout).toContain('DROP TABLE "order";');
    expect(ok.stdout).toContain(`DELETE FROM "retort_version" WHERE version_num = 'aaaaaaaaaaaa';`);
  });

  it('stamp --sql and a range upgrade', async () => {
    const stamp = await project.run('stamp', 'head', '--sql');
    expect(stamp.stdout).toContain(`INSERT INTO "retort_version" (version_num) VALUES ('bbbbbbbbbbbb');`);
    const range = await project.run('upgrade', 'aaaaaaaaaaaa:head', '--sql');
    expect(range.stdout).not.toContain('CREATE TABLE "order"');
    expect(range.stdout).toContain('CREATE INDEX CONCURRENTLY');
  });
});

describe('errors read well and never print passwords', () => {
  let project: CliProject;
  afterEach(() => project?.dispose());

  it('an unreachable server', async () => {
    project = new CliProject(UNREACHABLE);
    const r = await project.run('current');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: Could not connect to postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/none/);
    expect(r.stderr).toContain('Hint: ');
    expect(r.stderr).not.toContain('topsecret');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  // PGlite has no logins: this case exists only where a server is configured
  const onServer = serverUrl() ? it : undefined;
  onServer?.('a rejected login on the server', async () => {
    const url = new URL(serverUrl()!);
    url.username = 'no_such_role_retort';
    url.password = 'topsecret';
    project = new CliProject(url.toString());
    const r = await project.run('upgrade', 'head');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no_such_role_retort');
    expect(r.stderr).not.toContain('topsecret');
  });

  it('a --url override and RETORT_DATABASE_URL are masked too', async () => {
    project = new CliProject('pglite://memory');
    const r = await runCli(['current'], { cwd: project.dir, env: { RETORT_DATABASE_URL: 'postgresql://u:hunter2@127.0.0.1:1/x' } });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('hunter2');
    const r2 = await project.run('current', '--url', 'postgres://u:hunter3@127.0.0.1:1/x', '--debug');
    expect(r2.stderr).not.toContain('hunter3');
  });

  it('an unsupported URL, a bad -x, an unknown command', async () => {
    project = new CliProject('mysql://root@localhost/x');
    const url = await project.run('current');
    expect(url.stderr).toContain('Unsupported database URL');
    expect(url.code).toBe(1);
    const x = await project.run('upgrade', 'head', '-x', 'novalue', '--sql');
    expect(x.code).toBe(2);
    expect(x.stderr).toContain('-x expects KEY=VALUE');
    const unknown = await project.run('upgrayedd');
    expect(unknown.code).toBe(2);
  });

  it('no config, and a config that throws', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'retort-noconfig-'));
    try {
      const none = await runCli(['heads'], { cwd: empty });
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('No retort.config.ts found');
      expect(none.stderr).toContain('retort init');
      writeFileSync(join(empty, 'retort.config.ts'), "throw new Error('config exploded');\nexport default {};\n");
      const broken = await runCli(['heads'], { cwd: empty });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('Could not load Config file');
      expect(broken.stderr).toContain('config exploded');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe.each(testTargets())('a migration file that does not compile, on $name', (target) => {
  it('fails before touching the database', async () => {
    const db = await target.create();
    const project = new CliProject(db.url);
    try {
      project.writeRevision({ rev: 'aaaaaaaaaaaa', message: 'ok', upgrade: `await op.createTable('t', { columns: [{ name: 'id', type: 'integer' }] });` });
      const file = project.writeRevision({ rev: 'bbbbbbbbbbbb', down: 'aaaaaaaaaaaa', message: 'broken', upgrade: 'await op.execute(;' });
      const r = await project.run('upgrade', 'head');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Could not load Migration file migrations/versions/${basename(file)}`);
      expect(await versionRows(db.url)).toEqual([]);
      expect(await tableNames(db.url)).toEqual([]);
    } finally {
      project.dispose();
      await db.dispose();
    }
  });
});
