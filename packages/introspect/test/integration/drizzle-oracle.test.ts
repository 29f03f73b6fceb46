import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { diffPaths, type SchemaModel } from '@retort/schema';
import { testTargets } from '@retort/testing';
import postgres from 'postgres';
import { introspect, type Queryable } from '../../src';
import * as shopSchema from '../fixtures/drizzle-shop';
import { fixtureSql } from './helpers';

/** The raw client both drizzle-kit and introspection talk to (PGlite allows one instance per directory). */
async function open(url: string): Promise<{ queryable: Queryable; close(): Promise<void> }> {
  if (url.startsWith('pglite://')) {
    const client = new PGlite(url.slice('pglite://'.length));
    return {
      queryable: { query: async <R>(text: string, params?: readonly unknown[]) => (await client.query<R>(text, params as unknown[])).rows },
      close: () => client.close(),
    };
  }
  const client = postgres(url, { max: 1, onnotice: () => {} });
  return {
    queryable: { query: async <R>(text: string, params?: readonly unknown[]) => (await client.unsafe(text, params as never[])) as unknown as R[] },
    close: () => client.end(),
  };
}

/**
 * drizzle-kit's pushSchema only calls `execute(sql.raw(text))` and reads `.rows` (which
 * drizzle's postgres-js driver does not return), so it gets this stand-in on every target.
 */
function drizzleStandIn(db: Queryable): unknown {
  const dialect = new PgDialect();
  return { execute: async (query: SQL) => ({ rows: await db.query(dialect.sqlToQuery(query).sql) }) };
}

describe.each(testTargets())('Drizzle oracle on $name', (target) => {
  test('drizzle-kit push, then introspect, gives the expected model', async () => {
    const database = await target.create();
    const db = await open(database.url);
    try {
      const { pushSchema } = await import('drizzle-kit/api');
      const push = await pushSchema(shopSchema, drizzleStandIn(db.queryable) as never, ['public', 'shop']);
      for (const statement of push.statementsToExecute) await db.queryable.query(statement);
      const model = await introspect(db.queryable, { schemas: ['public', 'shop'] });
      const expected: SchemaModel = JSON.parse(fixtureSql('drizzle-shop.expected.json'));
      expect(diffPaths(model, expected)).toEqual([]);
      expect(model).toEqual(expected);
    } finally {
      await db.close();
      await database.dispose();
    }
  });
});
