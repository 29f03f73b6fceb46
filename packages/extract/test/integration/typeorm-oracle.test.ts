import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalizeViews, introspect } from '@retort/introspect';
import { testTargets } from '@retort/testing';
import { loadUserModule } from '@retort/loader';
import type { LoadedDataSource } from '../../src/typeorm/load-data-source';
import { extractTypeorm, modelFromDataSource } from '../../src/typeorm/extract-typeorm';
import { typeormRuntimeFor } from '../../src/typeorm/typeorm-runtime';
import { dbCanonicalizer } from '../support/db-canonicalizer';
import { expectSameModel } from '../support/model-assert';
import { openDatabase } from '../support/open-target';
import { pgShim } from '../support/pg-shim';

const DIR = join(__dirname, '..', 'fixtures', 'typeorm');
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort();
/** TypeORM records generated-column expressions in its own bookkeeping table. */
const TYPEORM_TABLES = [{ schema: 'public', name: 'typeorm_metadata' }];

describe.each(testTargets())('typeorm oracle on $name', (target) => {
  test.each(FIXTURES)('%s: extract = introspect(DataSource.synchronize())', async (fixture) => {
    const file = join(DIR, fixture);
    const rt = typeormRuntimeFor(file);
    const entities = Object.values(loadUserModule(file) as Record<string, unknown>).filter(
      (v) => typeof v === 'function' || rt.orm.InstanceChecker.isEntitySchema(v),
    );
    const created = await target.create();
    const db = await openDatabase(created.url);
    const ds = new rt.orm.DataSource({
      type: 'postgres', driver: pgShim(db), entities: entities as never[], uuidExtension: 'pgcrypto', logging: false,
    });
    try {
      // synchronize installs the extensions it needs (pgcrypto for uuids here, btree_gist for
      // exclusion constraints); PGlite creates only the contrib extensions it loaded when it
      // started, as the runtime's driver arranges before a run
      await db.loadExtensions?.(['pgcrypto', 'btree_gist']);
      await ds.initialize();
      // TypeORM's synchronize() expects the entities' schemas to exist already
      for (const m of ds.entityMetadatas) if (m.schema) await db.exec(`create schema if not exists "${m.schema}"`);
      await ds.synchronize();
      const extracted = await modelFromDataSource(ds as unknown as LoadedDataSource, rt, { canonicalize: dbCanonicalizer(db) });
      extracted.views = await canonicalizeViews(db, extracted);
      const live = await introspect(db, { schemas: extracted.schemas, excludeTables: TYPEORM_TABLES });
      expect(live.tables.length).toBeGreaterThan(0);
      expectSameModel(extracted, live, `${fixture} on ${target.name}`);
      if (fixture !== 'uuid-keys.ts') {
        // the public entry point (its own offline DataSource) describes the same schema
        const viaEntry = await extractTypeorm({ entities: fixture, cwd: DIR, canonicalize: dbCanonicalizer(db) });
        viaEntry.views = await canonicalizeViews(db, viaEntry);
        expectSameModel(viaEntry, extracted, `${fixture} via extractTypeorm`);
      }
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await db.close();
      await created.dispose();
    }
  });
});
