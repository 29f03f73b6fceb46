import type { Driver } from './driver';
import { connectionError } from './connection-error';

/** One dedicated postgres.js connection (so BEGIN/COMMIT and SET LOCAL apply to what follows). */
export async function openPostgresDriver(url: string, displayUrl: string): Promise<Driver> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    connect_timeout: 10,
    idle_timeout: 0,
    prepare: false,
    connection: { application_name: 'retort' },
  });
  let conn: Awaited<ReturnType<typeof sql.reserve>>;
  try {
    conn = await sql.reserve();
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw connectionError(error, displayUrl);
  }
  return {
    kind: 'postgres',
    displayUrl,
    enforcesTimeouts: true,
    async query<R>(text: string, params: readonly unknown[] = []) {
      return (await conn.unsafe(text, params as never[])) as unknown as R[];
    },
    async exec(text: string) {
      await conn.unsafe(text).simple();
    },
    async close() {
      conn.release();
      await sql.end({ timeout: 5 });
    },
  };
}

