import { connectTest, createServerDatabase, testTargets, type TestConnection } from '@retort/testing';
import { quoteIdent } from '@retort/ops';

/** What a tenant holds: its version rows and whether the migrations' objects exist. */
export interface TenantState {
  version: string[];
  items: boolean;
  note: boolean;
  slow: boolean;
}

/** A set of tenants (schemas in one database, or databases) and a way to look into each. */
export interface TenantFixture {
  label: string;
  /** The project's url (the control database) and its `tenants` config. */
  url: string;
  tenants: Record<string, unknown>;
  names: string[];
  /** Runs `fn` on a connection scoped to the tenant (search_path = its schema, if any). */
  inTenant<T>(name: string, fn: (db: TestConnection, schema: string) => Promise<T>): Promise<T>;
  /** Every tenant's state (one connection for schema tenants: opening PGlite is slow). */
  states(): Promise<Record<string, TenantState>>;
  dispose(): Promise<void>;
}

async function stateOf(db: TestConnection, schema: string): Promise<TenantState> {
  const q = (name: string) => `${quoteIdent(schema)}.${quoteIdent(name)}`;
  const exists = async (name: string) => (await db.query<{ t: string | null }>('select to_regclass($1)::text as t', [q(name)]))[0]?.t != null;
  const version = (await exists('retort_version'))
    ? (await db.query<{ v: string }>(`select version_num as v from ${q('retort_version')} order by 1`)).map((r) => r.v)
    : [];
  const [note] = await db.query<{ n: number }>(
    `select count(*)::int as n from pg_attribute where attrelid = to_regclass($1) and attname = 'note' and not attisdropped`,
    [q('items')],
  );
  return { version, items: await exists('items'), note: (note?.n ?? 0) > 0, slow: await exists('slow') };
}

async function withConnection<T>(url: string, fn: (db: TestConnection) => Promise<T>): Promise<T> {
  const db = await connectTest(url);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** 30 schemas in one database, two of them with names that need quoting. */
function schemaFixtures(): (() => Promise<TenantFixture>)[] {
  return testTargets().map((target) => async () => {
    const db = await target.create();
    const names = [...Array.from({ length: 28 }, (_, i) => `t${String(i).padStart(2, '0')}`), 'order', 'weird; name'];
    return {
      label: `30 schemas on ${target.name}`,
      url: db.url,
      tenants: { schemas: names },
      names,
      inTenant: (name, fn) => withConnection(db.url, (c) => fn(c, name)),
      states: () =>
        withConnection(db.url, async (c) => {
          const out: Record<string, TenantState> = {};
          for (const name of names) out[name] = await stateOf(c, name);
          return out;
        }),
      dispose: () => db.dispose(),
    };
  });
}

/** 30 databases on the server, created in parallel. */
function databaseFixture(): () => Promise<TenantFixture> {
  return async () => {
    const dbs = await Promise.all(Array.from({ length: 30 }, () => createServerDatabase('retort_tenant')));
    const byName = new Map(dbs.map((d) => [d.name, d]));
    return {
      label: '30 databases on postgres',
      url: dbs[0]!.url,
      tenants: { databases: dbs.map((d) => d.url) },
      names: dbs.map((d) => d.name),
      inTenant: (name, fn) => withConnection(byName.get(name)!.url, (c) => fn(c, 'public')),
      states: async () => {
        const all = await Promise.all(dbs.map((d) => withConnection(d.url, (c) => stateOf(c, 'public'))));
        return Object.fromEntries(dbs.map((d, i) => [d.name, all[i]!]));
      },
      dispose: async () => {
        await Promise.all(dbs.map((d) => d.drop()));
      },
    };
  };
}

/** Schema tenants on every test target; database tenants only where a server is configured. */
export function tenantFixtures(): [string, () => Promise<TenantFixture>][] {
  const list = schemaFixtures();
  if (testTargets().some((t) => t.name === 'postgres')) list.push(databaseFixture());
  const labels = testTargets().map((t) => `schemas on ${t.name}`);
  if (list.length > labels.length) labels.push('databases on postgres');
  return list.map((make, i) => [labels[i]!, make]);
}
