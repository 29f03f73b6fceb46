import { rmSync } from 'node:fs';
import { freshPgliteDir } from './pglite-dirs';
import { createServerDatabase, serverUrl } from './server-databases';

/** An isolated, empty database reachable by URL (what the CLI and the runtime accept). */
export interface IsolatedDatabase {
  readonly url: string;
  dispose(): Promise<void>;
}

export interface TestTarget {
  readonly name: 'pglite' | 'postgres';
  create(): Promise<IsolatedDatabase>;
}

const pglite: TestTarget = {
  name: 'pglite',
  async create() {
    const dir = await freshPgliteDir();
    return { url: `pglite://${dir}`, async dispose() { rmSync(dir, { recursive: true, force: true }); } };
  },
};

const server: TestTarget = {
  name: 'postgres',
  async create() {
    const db = await createServerDatabase();
    return { url: db.url, dispose: () => db.drop() };
  },
};

/** PGlite always; the PostgreSQL server too when RETORT_TEST_DATABASE_URL is set. */
export function testTargets(): TestTarget[] {
  return serverUrl() ? [pglite, server] : [pglite];
}
