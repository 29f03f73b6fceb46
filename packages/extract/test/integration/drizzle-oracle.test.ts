import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalizeViews, introspect } from '@retort/introspect';
import { testTargets } from '@retort/testing';
import { extractDrizzle } from '../../src/drizzle/extract-drizzle';
import { loadUserModule } from '@retort/loader';
import { dbCanonicalizer } from '../support/db-canonicalizer';
import { expectSameModel } from '../support/model-assert';
import { openDatabase } from '../support/open-target';
import { pushDrizzle } from '../support/push-drizzle';

const DIR = join(__dirname, '..', 'fixtures', 'drizzle');
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.ts')).sort();
const CASING: Record<string, 'snake_case' | 'camelCase'> = { 'casing.ts': 'snake_case' };

describe.each(testTargets())('drizzle oracle on $name', (target) => {
  test.each(FIXTURES)('%s: extract = introspect(drizzle-kit push)', async (fixture) => {
    const file = join(DIR, fixture);
    const casing = CASING[fixture];
    const created = await target.create();
    const db = await openDatabase(created.url);
    try {
      const shape = await extractDrizzle({ files: fixture, cwd: DIR, casing });
      await pushDrizzle(file, loadUserModule(file) as Record<string, unknown>, db, shape.schemas, casing);
      const extracted = await extractDrizzle({ files: fixture, cwd: DIR, casing, canonicalize: dbCanonicalizer(db) });
      // what load-models does: views are canonicalised against the model's tables
      extracted.views = await canonicalizeViews(db, extracted);
      const live = await introspect(db, { schemas: extracted.schemas });
      expect(live.tables.length).toBeGreaterThan(0);
      expectSameModel(extracted, live, `${fixture} on ${target.name}`);
    } finally {
      await db.close();
      await created.dispose();
    }
  });
});
