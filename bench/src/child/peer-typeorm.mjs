// TypeORM's schema builder: `dataSource.driver.createSchemaBuilder().log()` is what
// `typeorm migration:generate` runs; it reads the live database and returns the up queries.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { input, now, openRaw, report, require } from './common.mjs';

const { dir, target, out } = input();
const t = {};
let start = now();
const { loadUserModule } = require('@retort/loader'); // the same TypeScript loader retort uses
const user = createRequire(join(dir, 'package.json'));
user('reflect-metadata');
const files = readdirSync(join(dir, 'entities'))
  .filter((f) => f.endsWith('.ts'))
  .sort();
const entities = files.flatMap((f) => Object.values(loadUserModule(join(dir, 'entities', f))));
t.loadModel = now() - start;

start = now();
const { DataSource } = user('typeorm');
t.loadTool = now() - start;

let raw;
const options = {
  type: 'postgres',
  entities,
  synchronize: false,
  migrationsRun: false,
  logging: false,
};
if (target.kind === 'postgres') {
  Object.assign(options, { url: target.url, extra: { max: 1 } });
} else {
  raw = await openRaw(target);
  const { pgShim } = await import('./pg-shim.mjs');
  Object.assign(options, { driver: pgShim(raw), database: 'postgres' });
}
start = now();
const ds = new DataSource(options);
await ds.initialize();
t.connect = now() - start; // connects and builds the entity metadata

start = now();
const log = await ds.driver.createSchemaBuilder().log();
t.diff = now() - start;
await ds.destroy();
await raw?.close();
report(out, { phases: t, statements: log.upQueries.map((q) => q.query) });
