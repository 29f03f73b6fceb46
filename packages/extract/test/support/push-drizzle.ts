import { userRequire } from '@retort/loader';
import type { OpenDatabase } from './open-target';

type Api = typeof import('drizzle-kit/api');

/**
 * Builds the fixture's schema the way drizzle-kit does: `pushSchema` against a fresh database;
 * with a `casing` option (which pushSchema does not take) the SQL of `generateMigration` from an
 * empty snapshot is run instead. So is it for policies: drizzle-kit 0.31's pushSchema writes
 * CREATE POLICY without its USING and WITH CHECK clauses, while generateMigration keeps them.
 * drizzle-kit and drizzle-orm are the fixture's own copies.
 */
export async function pushDrizzle(fixture: string, exports: Record<string, unknown>, db: OpenDatabase, schemas: string[], casing?: 'snake_case' | 'camelCase'): Promise<void> {
  const req = userRequire(fixture);
  const api = req('drizzle-kit/api') as Api;
  if (casing || hasPolicies(req, exports)) {
    const empty = api.generateDrizzleJson({});
    const target = api.generateDrizzleJson(exports, empty.id, undefined, casing);
    for (const statement of await api.generateMigration(empty, target)) await db.exec(statement);
    return;
  }
  const drizzleDb =
    db.kind === 'pglite'
      ? (req('drizzle-orm/pglite') as typeof import('drizzle-orm/pglite')).drizzle(db.client as never)
      : rowsResult((req('drizzle-orm/postgres-js') as typeof import('drizzle-orm/postgres-js')).drizzle(db.client as never));
  await guarded(async () => {
    const result = await api.pushSchema(exports, drizzleDb as never, schemas);
    await result.apply();
  });
}

/** pushSchema reads `execute(...).rows`; postgres-js results are arrays without `rows`. */
function rowsResult(db: { execute(q: unknown): Promise<unknown> }): { execute(q: unknown): Promise<{ rows: unknown[] }> } {
  return { execute: async (q) => ({ rows: [...((await db.execute(q)) as unknown[])] }) };
}

/** drizzle-kit prints and calls process.exit on schema problems; turn that into an error. */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  const { log } = console;
  const exit = process.exit;
  const printed: string[] = [];
  console.log = (...args: unknown[]) => void printed.push(args.join(' '));
  process.exit = ((code?: number) => {
    throw new Error(`drizzle-kit exited (${code}): ${printed.join('\n')}`);
  }) as typeof process.exit;
  try {
    return await fn();
  } finally {
    console.log = log;
    process.exit = exit;
  }
}

/** Whether the module declares a policy, in a table callback or at the top level. */
function hasPolicies(req: NodeJS.Require, exports: Record<string, unknown>): boolean {
  const { is } = req('drizzle-orm') as typeof import('drizzle-orm');
  const pg = req('drizzle-orm/pg-core') as typeof import('drizzle-orm/pg-core');
  return Object.values(exports).some(
    (v) => is(v, pg.PgPolicy) || (is(v, pg.PgTable) && pg.getTableConfig(v).policies.length > 0),
  );
}
