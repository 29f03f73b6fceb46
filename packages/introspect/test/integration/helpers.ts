import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connectTest, type IsolatedDatabase, type TestConnection, type TestTarget } from '@retort/testing';
import type { Queryable } from '../../src/queryable';

export function fixtureSql(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
}

/** A Queryable that counts the statements it runs. */
export function counting(db: Queryable): Queryable & { count: number } {
  const wrapper = {
    count: 0,
    query<R>(sql: string, params?: readonly unknown[]): Promise<R[]> {
      wrapper.count++;
      return db.query<R>(sql, params);
    },
  };
  return wrapper;
}

/** One database per test file and target; tests isolate themselves by schema. */
export function sharedDatabase(target: TestTarget): { conn: () => TestConnection } {
  let database: IsolatedDatabase;
  let conn: TestConnection;
  beforeAll(async () => {
    database = await target.create();
    conn = await connectTest(database.url);
  });
  afterAll(async () => {
    await conn?.close();
    await database?.dispose();
  });
  return { conn: () => conn };
}
