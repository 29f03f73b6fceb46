import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The PostgreSQL server the integration tests may use, or undefined (PGlite only). */
export function serverUrl(): string | undefined {
  const url = process.env.RETORT_TEST_DATABASE_URL;
  return url && url.trim() !== '' ? url : undefined;
}

export function uniqueName(prefix = 'retort_test'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates a uniquely named database on the test server; `drop()` removes it (and only it). */
export async function createServerDatabase(prefix?: string): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const base = serverUrl();
  if (!base) throw new Error('RETORT_TEST_DATABASE_URL is not set');
  const name = uniqueName(prefix);
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(base, name),
    name,
    async drop() {
      const a = postgres(base, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
