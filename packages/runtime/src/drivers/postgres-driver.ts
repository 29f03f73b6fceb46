import type { Driver } from './driver';
import { connectionError } from './connection-error';

/**
 * One dedicated postgres.js connection (so BEGIN/COMMIT and SET LOCAL apply to what follows).
 * postgres.js's connect_timeout runs until the server is ready for queries, so it also covers
 * a listener that accepts the TCP connection and never answers the startup.
 */
export async function openPostgresDriver(url: string, displayUrl: string, connectTimeoutS: number): Promise<Driver> {
  const { default: postgres } = await import('postgres');
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    connect_timeout: connectTimeoutS,
    idle_timeout: 0,
    prepare: false,
    connection: { application_name: 'retort' },
  });
  let conn: Awaited<ReturnType<typeof sql.reserve>>;
  try {
    conn = await sql.reserve();
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    throw connectionError(error, displayUrl, connectTimeoutS);
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

