import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDriver } from '../../src/drivers/open-driver';

// PGlite only: new embedded databases start as a copy of a per-machine template
describe('new PGlite data directories', () => {
  let root: string;
  const saved = process.env.RETORT_CACHE_DIR;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'retort-template-test-'));
    process.env.RETORT_CACHE_DIR = join(root, 'cache');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.RETORT_CACHE_DIR;
    else process.env.RETORT_CACHE_DIR = saved;
    rmSync(root, { recursive: true, force: true });
  });
  const open = (dir: string) => openDriver(`pglite://${dir}`, { baseDir: root, wait: { timeoutMs: 30_000 } });

  test('the first one leaves a template in the cache folder; later ones are independent copies of it', async () => {
    const first = await open(join(root, 'a'));
    await first.exec('create table only_in_a (id int)');
    await first.close();
    const templates = readdirSync(join(root, 'cache')).filter((f) => f.startsWith('pglite-template-'));
    expect(templates).toHaveLength(1);
    expect(existsSync(join(root, 'cache', templates[0]!, 'PG_VERSION'))).toBe(true);

    const second = await open(join(root, 'b'));
    expect(await second.query("select count(*)::int as n from pg_tables where tablename = 'only_in_a'")).toEqual([{ n: 0 }]);
    await second.exec("create table only_in_b (id int); insert into only_in_b values (1)");
    await second.close();

    const again = await open(join(root, 'b'));
    expect(await again.query('select id from only_in_b')).toEqual([{ id: 1 }]);
    await again.close();
    const a = await open(join(root, 'a'));
    expect(await a.query("select count(*)::int as n from pg_tables where tablename in ('only_in_a', 'only_in_b')")).toEqual([{ n: 1 }]);
    await a.close();
  });

  test('an unwritable cache folder only means no template: the database is created in place', async () => {
    process.env.RETORT_CACHE_DIR = '/dev/null/not-a-folder';
    try {
      const driver = await open(join(root, 'c'));
      expect(await driver.query('select 1 as ok')).toEqual([{ ok: 1 }]);
      await driver.close();
    } finally {
      process.env.RETORT_CACHE_DIR = join(root, 'cache');
    }
  });
});
