import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { detectProject } from '../../src/init/detect-project';
import { detectedConfigSource } from '../../src/init/detected-config';
import { gitignoreWithRetort } from '../../src/init/gitignore';

let dir: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'retort-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('detectProject', () => {
  test('a drizzle.config wins, in any of its extensions', () => {
    write('drizzle.config.mjs', 'export default {}');
    write('src/data-source.ts', 'new DataSource({})');
    expect(detectProject(dir)).toEqual({ kind: 'drizzle', file: './drizzle.config.mjs' });
  });

  test('a TypeORM DataSource named by a package.json script (-d or --dataSource=)', () => {
    write('package.json', JSON.stringify({ scripts: { m: 'typeorm-ts-node-commonjs migration:run --dataSource=./db/ds.ts' } }));
    write('db/ds.ts', '');
    expect(detectProject(dir)).toEqual({ kind: 'typeorm', file: './db/ds.ts', foundBy: 'package.json script "m"' });
  });

  test('else a usual path that constructs a DataSource; else nothing', () => {
    expect(detectProject(dir)).toBeNull();
    write('src/data-source.ts', 'export const x = 1;');
    expect(detectProject(dir)).toBeNull();
    write('src/data-source.ts', "export const AppDataSource = new DataSource({ type: 'postgres' });");
    expect(detectProject(dir)).toEqual({ kind: 'typeorm', file: './src/data-source.ts', foundBy: 'its usual path' });
  });
});

test('the written config imports the ORM config (NodeNext .js specifiers) instead of copying it', () => {
  expect(detectedConfigSource({ kind: 'drizzle', file: './drizzle.config.ts' }, './migrations')).toBe(
    [
      "import { defineConfig, fromDrizzleKit } from 'retort-migrate';",
      "import drizzleConfig from './drizzle.config.js';",
      '',
      'export default defineConfig({',
      '  // Models, database and filters come from drizzle.config.ts.',
      "  ...fromDrizzleKit(drizzleConfig, 'drizzle.config.ts'),",
      "  migrations: './migrations',",
      "  versionTable: 'retort_version',",
      '});',
      '',
    ].join('\n'),
  );
  expect(detectedConfigSource({ kind: 'typeorm', file: './src/data-source.ts', foundBy: 'x' }, './db')).toContain(
    "import * as dataSource from './src/data-source.js';",
  );
});

test('.gitignore gains .retort/ once, keeping what it had', () => {
  expect(gitignoreWithRetort(dir)?.content).toBe("# retort's embedded PostgreSQL (PGlite) data\n.retort/\n");
  write('.gitignore', 'node_modules');
  expect(gitignoreWithRetort(dir)?.content).toBe("node_modules\n# retort's embedded PostgreSQL (PGlite) data\n.retort/\n");
  write('.gitignore', 'node_modules\n/.retort\n');
  expect(gitignoreWithRetort(dir)).toBeNull();
});
