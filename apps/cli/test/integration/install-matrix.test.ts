import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lifecycle } from '../support/outside-lifecycle';
import { otherNodeBin } from '../support/other-node';
import { OutsideProject, packTarball } from '../support/outside-project';

/**
 * The supported ranges from a user's side, on the embedded database (the range is about the ORM,
 * the package manager and Node.js, not the server): the oldest drizzle-orm retort supports,
 * installed by pnpm and run on Node.js 22 with the project's own prettier 2; the oldest typeorm
 * 0.3 it supports, installed by yarn 1 on Node.js 20. install-outside.test.ts covers npm, the
 * latest drizzle-orm and typeorm 1.x on the server and PGlite.
 */
jest.setTimeout(900_000);

const NODE_22 = '22.23.5';
let tarball: string;

beforeAll(() => {
  tarball = packTarball();
});

test('drizzle-orm 0.36.0, installed by pnpm, on Node.js 22, formatted by the project prettier 2', () => {
  const p = new OutsideProject('drizzle-esm', tarball, {
    installer: 'pnpm',
    devDependencies: { 'drizzle-orm': '0.36.0', prettier: '2.8.8' },
    pathPrefix: otherNodeBin(NODE_22),
  });
  try {
    expect(p.exec('node', ['--version']).trim()).toBe(`v${NODE_22}`);
    expect(existsSync(join(p.dir, 'pnpm-lock.yaml'))).toBe(true);
    expect(p.retort(['init'])).toContain('Reusing drizzle.config.ts');
    lifecycle(
      p,
      {},
      {
        file: 'src/db/posts.ts',
        from: '  title: text().notNull(),\n',
        to: '  title: text().notNull(),\n  body: text(),\n',
        expect: "await op.addColumn('posts', { name: 'body', type: 'text' });",
      },
    );
    // the project's own formatting check accepts what retort wrote
    p.exec(join(p.dir, 'node_modules', '.bin', 'prettier'), ['--check', 'migrations']);
  } finally {
    p.dispose();
  }
});

test('typeorm 0.3.20, installed by yarn 1, on Node.js 20', () => {
  const p = new OutsideProject('typeorm-cjs', tarball, {
    installer: 'yarn',
    devDependencies: { typeorm: '0.3.20' },
  });
  try {
    expect(existsSync(join(p.dir, 'yarn.lock'))).toBe(true);
    expect(JSON.parse(p.read('node_modules/typeorm/package.json'))).toMatchObject({
      version: '0.3.20',
    });
    const env = { DATABASE_URL: undefined, RETORT_DATABASE_URL: undefined };
    // the DataSource names no database without DATABASE_URL: the embedded one is chosen explicitly
    p.retort(['init'], env);
    lifecycle(
      p,
      { ...env, RETORT_DATABASE_URL: 'pglite://./.retort/db' },
      {
        file: 'src/entity/book.ts',
        from: '  title: string;\n',
        to: "  title: string;\n\n  @Column({ type: 'int', default: 0 })\n  pages: number;\n",
        expect: "name: 'pages'",
      },
    );
  } finally {
    p.dispose();
  }
});
