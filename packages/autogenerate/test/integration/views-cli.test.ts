import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { testTargets } from '@retort/testing';
import { runCli } from '../../../../apps/cli/test/support/cli-project';
import { openDatabase } from '../../../extract/test/support/open-target';
import { ok, output } from '../support/cli-run';
import { TempProject } from '../support/temp-project';
import { typecheck } from '../support/typecheck';

/**
 * Views from the `retort` binary: revision --autogenerate writes type-correct view operations,
 * `check` is clean after upgrade, a column type change under a view is one revision that
 * rebuilds it, `downgrade -1` undoes it, and a view the model does not manage is never touched.
 */
const schema = (price: string) => `import { sql } from 'drizzle-orm';
import { integer, numeric, pgMaterializedView, pgTable, pgView, text } from 'drizzle-orm/pg-core';

export const items = pgTable('items', {
  id: integer('id').primaryKey(),
  name: text('name').notNull(),
  price: ${price},
});
export const cheap = pgView('cheap items').as((qb) => qb.select().from(items).where(sql\`\${items.price} < 10\`));
export const stats = pgMaterializedView('item_stats').as((qb) =>
  qb.select({ n: sql<number>\`count(*)\`.as('n') }).from(items),
);
export const manual = pgView('manual_view', { one: integer('one') }).existing();
`;

function project(url: string): TempProject {
  const p = new TempProject('views-cli-');
  p.write(
    'retort.config.ts',
    `import { defineConfig } from 'retort-migrate';\n\nexport default defineConfig({ url: ${JSON.stringify(url)}, schema: { drizzle: './schema.ts' }, migrations: './migrations' });\n`,
  );
  p.write('schema.ts', schema("integer('price')"));
  return p;
}

/** One statement on its own connection (a PGlite directory is opened by one process at a time). */
async function sql(url: string, statement: string): Promise<unknown[]> {
  const conn = await openDatabase(url);
  try {
    return await conn.query(statement);
  } finally {
    await conn.close();
  }
}

/** The revision file whose slug is `slug` (file names start with a random revision id). */
const revisionFile = (p: TempProject, slug: string) =>
  join(
    p.versionsDir,
    readdirSync(p.versionsDir).find((f) => f.endsWith(`_${slug}.ts`))!,
  );

describe.each(testTargets())('views through the retort CLI on $name', (target) => {
  test('autogenerate, upgrade, check clean, rebuild around a type change, downgrade -1', async () => {
    const db = await target.create();
    const p = project(db.url);
    try {
      // a view retort does not manage, made before the first revision
      await sql(db.url, 'create view manual_view as select 1 as one');
      const first = await ok(p, 'revision', '--autogenerate', '-m', 'items and views');
      expect(output(first)).toContain(
        'Skipped view "manual_view" (export manual): it is declared .existing(), so retort leaves it alone.',
      );
      const file = revisionFile(p, 'items_and_views');
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/await op\.createView\(\s*'cheap items',/);
      expect(text).toMatch(/await op\.createMaterializedView\(\s*'item_stats',/);
      expect(text).toContain("await op.dropView('cheap items');");
      expect(typecheck(file)).toEqual([]);
      await ok(p, 'upgrade', 'head');
      const clean = await runCli(['check'], { cwd: p.dir });
      expect({ code: clean.code, stdout: clean.stdout.trim() }).toEqual({
        code: 0,
        stdout: 'No changes detected',
      });

      p.write('schema.ts', schema("numeric('price', { precision: 10, scale: 2 })"));
      const pending = await runCli(['check', '--format', 'json'], { cwd: p.dir });
      expect(pending.code).toBe(1);
      expect(JSON.parse(pending.stdout).operations.map((o: { kind: string }) => o.kind)).toEqual([
        'dropView',
        'alterColumn',
        'createView',
      ]);
      await ok(p, 'revision', '--autogenerate', '-m', 'numeric price');
      const secondFile = revisionFile(p, 'numeric_price');
      const second = readFileSync(secondFile, 'utf8');
      const up = second.split('export async function downgrade')[0]!;
      const at = (call: string) => up.indexOf(`await op.${call}`);
      expect(at("dropView('cheap items')")).toBeGreaterThan(0);
      expect(at("alterColumn('items', 'price'")).toBeGreaterThan(at("dropView('cheap items')"));
      expect(at('createView(')).toBeGreaterThan(at("alterColumn('items', 'price'"));
      expect(typecheck(secondFile)).toEqual([]);
      await ok(p, 'upgrade', 'head');
      expect((await runCli(['check'], { cwd: p.dir })).code).toBe(0);
      // undone: the database and the model are back where the first revision left them
      await ok(p, 'downgrade', '-1');
      rmSync(secondFile);
      p.write('schema.ts', schema("integer('price')"));
      expect((await runCli(['check'], { cwd: p.dir })).code).toBe(0);
      expect(
        await sql(db.url, "select count(*)::int as n from pg_views where viewname = 'manual_view'"),
      ).toEqual([{ n: 1 }]);
    } finally {
      p.dispose();
      await db.dispose();
    }
  }, 300_000);
});
