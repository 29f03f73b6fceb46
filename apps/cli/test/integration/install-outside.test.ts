import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testTargets, type IsolatedDatabase } from '@retort/testing';
import { lifecycle } from '../support/outside-lifecycle';
import { OutsideProject, packTarball } from '../support/outside-project';

/**
 * The published package from a user's side: `pnpm run pack`, `npm install -D` the tarball into
 * fresh projects outside the workspace, then init (no hand-written config) → autogenerate →
 * upgrade → check → model edit → autogenerate → upgrade → downgrade -1, and the user's own
 * `tsc` over the config and the generated revisions. Each project runs on every test target.
 */
jest.setTimeout(900_000);

let tarball: string;

beforeAll(() => {
  tarball = packTarball();
});

test('the packed manifest has no workspace: specifier and takes the ORMs as optional peers', () => {
  const manifest = JSON.parse(
    execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  ) as Record<string, Record<string, unknown>>;
  expect(JSON.stringify(manifest)).not.toContain('workspace:');
  expect(manifest.name).toBe('retort-migrate');
  expect(manifest.bin).toEqual({ retort: 'bin/retort.js' });
  expect(Object.keys(manifest.dependencies!)).not.toEqual(expect.arrayContaining(['drizzle-orm']));
  expect(
    Object.keys(manifest.dependencies!).filter(
      (d) => d.startsWith('@retort/') || ['typeorm', 'drizzle-orm', 'drizzle-kit'].includes(d),
    ),
  ).toEqual([]);
  expect(manifest.peerDependenciesMeta).toEqual({
    'drizzle-orm': { optional: true },
    typeorm: { optional: true },
  });
});

/** Installs a fixture project once, then runs `flow` from a clean copy of it on every test target. */
async function onEachTarget(
  fixture: string,
  flow: (p: OutsideProject, db: IsolatedDatabase, target: string) => Promise<void> | void,
): Promise<void> {
  const p = new OutsideProject(fixture, tarball);
  try {
    for (const target of testTargets()) {
      const db = await target.create();
      try {
        p.reset();
        await flow(p, db, target.name);
      } finally {
        await db.dispose();
      }
    }
  } finally {
    p.dispose();
  }
}

test('a Drizzle ESM project with drizzle.config.ts and a tsconfig path alias', async () => {
  await onEachTarget('drizzle-esm', (p, db, target) => {
    expect(existsSync(join(p.dir, 'node_modules', 'typeorm'))).toBe(false);
    // no dbCredentials in drizzle.config: the embedded database, unless RETORT_DATABASE_URL names one
    const env = target === 'pglite' ? {} : { RETORT_DATABASE_URL: db.url };
    const init = p.retort(['init'], env);
    expect(init).toContain('Reusing drizzle.config.ts');
    expect(p.read('retort.config.ts')).toContain(
      "import drizzleConfig from './drizzle.config.js';",
    );
    expect(p.read('.gitignore')).toContain('.retort/');
    lifecycle(p, env, {
      file: 'src/db/posts.ts',
      from: '  title: text().notNull(),\n',
      to: '  title: text().notNull(),\n  body: text(),\n',
      expect: "await op.addColumn('posts', { name: 'body', type: 'text' });",
    });
  });
});

test('a TypeORM CommonJS project with relations across entity files and a data-source.ts', async () => {
  await onEachTarget('typeorm-cjs', (p, db) => {
    expect(existsSync(join(p.dir, 'node_modules', 'drizzle-orm'))).toBe(false);
    // the DataSource reads DATABASE_URL; retort takes the url from the DataSource
    const env = { DATABASE_URL: db.url };
    const init = p.retort(['init'], env);
    expect(init).toContain(
      'Reusing the TypeORM DataSource in src/data-source.ts (found by package.json script "migration:run")',
    );
    const config = p.read('retort.config.ts');
    expect(config).toContain("import * as dataSource from './src/data-source.js';");
    expect(config).not.toContain(db.url);
    expect(existsSync(join(p.dir, '.gitignore'))).toBe(false);
    lifecycle(p, env, {
      file: 'src/entity/book.ts',
      from: '  title: string;\n',
      to: "  title: string;\n\n  @Column({ type: 'int', default: 0 })\n  pages: number;\n",
      expect: "name: 'pages'",
    });
    // without the variable the DataSource names no database: retort stops instead of using PGlite
    expect(() => p.retort(['current'], { DATABASE_URL: undefined })).toThrow(/names no database/);
  });
});
