import type { ExpressionSite } from '@retort/extract';
import { openDriver } from '@retort/runtime';
import { emptyModel, type SchemaModel } from '@retort/schema';
import { testTargets } from '@retort/testing';
import { databaseCanonicalizer } from '../../src/database-canonicalizer';

const site: ExpressionSite = {
  kind: 'default', schema: 'public', table: 'people', column: 'email', type: 'public.citext', constraint: null, expression: "'Ann'",
};
const modelWith = (extensions: SchemaModel['extensions']): SchemaModel => ({ ...emptyModel(), schemas: ['public'], extensions });

describe.each(testTargets())('expressions over extension types on $name', (target) => {
  test("a default on a citext column is printed by the server even before the extension exists, and nothing is left behind", async () => {
    const db = await target.create();
    const driver = await openDriver(db.url, { baseDir: process.cwd(), wait: { timeoutMs: 30_000 } });
    try {
      const canonicalize = databaseCanonicalizer(driver);
      // without the model's extension the type is unknown: the expression stays as written
      expect(await canonicalize([site], modelWith([]))).toEqual(["'Ann'"]);
      expect(await canonicalize([site], modelWith([{ name: 'citext', schema: 'public' }]))).toEqual(["'Ann'::citext"]);
      expect(await driver.query("select extname from pg_extension where extname = 'citext'")).toEqual([]);
    } finally {
      await driver.close();
      await db.dispose();
    }
  });
});
