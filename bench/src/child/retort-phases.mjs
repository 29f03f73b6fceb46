// retort's autogenerate pipeline in one process, phase by phase (what `check` and
// `revision --autogenerate` do, minus config loading and the CLI):
//   load (import retort's packages) → connect → extract (load the user's model, build the
//   SchemaModel, canonicalise its expressions on the database) → introspect → diff → codegen.
// Every query is counted per phase; the introspection queries are saved so that the
// reference process can replay them (the floor).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { input, now, report, require } from './common.mjs';

const { dir, orm, target, out, queriesOut } = input();
const t = {};
let start = now();
const { openDriver } = require('@retort/runtime');
const { extractModel } = require('@retort/extract');
const { databaseCanonicalizer, renderMigration } = require('@retort/autogenerate');
const { introspect, INTROSPECTION_QUERY_COUNT } = require('@retort/introspect');
const { diff } = require('@retort/diff');
t.loadRetort = now() - start;

start = now();
const url = target.kind === 'postgres' ? target.url : `pglite://${target.dataDir}`;
const driver = await openDriver(url, { baseDir: dir, wait: { timeoutMs: 60000, onWaiting() {} } });
await driver.query('select 1');
t.connect = now() - start;

const queries = { canonicalize: 0, introspect: 0 };
const recorded = [];
let phase = 'canonicalize';
const counting = {
  query(sql, params) {
    queries[phase]++;
    if (phase === 'introspect') recorded.push({ sql, params });
    return driver.query(sql, params);
  },
  exec(sql) {
    queries[phase]++;
    return driver.exec(sql);
  },
};

let canonicalizeMs = 0;
const canonicalizer = databaseCanonicalizer(counting);
start = now();
const target_ = await extractModel({
  ...(orm === 'drizzle' ? { drizzle: './schema.ts' } : { typeorm: './entities/*.ts' }),
  cwd: dir,
  canonicalize: async (sites, model) => {
    const s = now();
    try {
      return await canonicalizer(sites, model);
    } finally {
      canonicalizeMs += now() - s;
    }
  },
});
t.extract = now() - start;
t.canonicalize = canonicalizeMs;

phase = 'introspect';
start = now();
const excludeTables = [
  { schema: 'public', name: 'retort_version' },
  ...(orm === 'typeorm' ? [{ schema: 'public', name: 'typeorm_metadata' }] : []),
];
const current = await introspect(counting, { schemas: ['public'], excludeTables });
t.introspect = now() - start;

start = now();
const entries = diff(current, target_, {
  versionTable: { schema: 'public', name: 'retort_version' },
});
t.diff = now() - start;

start = now();
const { renderRevisionFile } = require('@retort/codegen');
t.loadCodegen = now() - start;
start = now();
const body = renderMigration(entries);
const spec = {
  revision: 'abcdef123456',
  downRevision: null,
  branchLabels: null,
  dependsOn: null,
  message: 'bench',
  createDate: new Date(),
  ...body,
};
const text = await renderRevisionFile(
  spec,
  join(dir, 'migrations', 'versions', 'abcdef123456_bench.ts'),
);
t.codegen = now() - start;

await driver.close();
if (queriesOut) writeFileSync(queriesOut, JSON.stringify(recorded));
report(out, {
  phases: t,
  queries: { ...queries, introspectConstant: INTROSPECTION_QUERY_COUNT },
  tables: { model: target_.tables.length, database: current.tables.length },
  operations: entries.map((e) => e.op.kind),
  fileBytes: text.length,
});
