import { createServer, type Server, type Socket } from 'node:net';
import { CliProject } from '../support/cli-project';

/** A listener on 127.0.0.1 that accepts TCP connections and never says a word. */
function silentListener(): Promise<{ port: number; accepted: () => number; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => void sockets.push(socket));
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      ready({
        port,
        accepted: () => sockets.length,
        close: () => {
          for (const s of sockets) s.destroy();
          return new Promise((done) => server.close(() => done()));
        },
      });
    }),
  );
}

describe('connect timeout (a server that accepts but never answers)', () => {
  let listener: Awaited<ReturnType<typeof silentListener>>;
  let project: CliProject;

  beforeEach(async () => {
    listener = await silentListener();
  });
  afterEach(async () => {
    project.dispose();
    await listener.close();
  });

  it('gives up after 10 s by default and names the masked URL', async () => {
    project = new CliProject(`postgres://app:topsecret@127.0.0.1:${listener.port}/db`);
    const started = Date.now();
    const r = await project.run('current');
    const seconds = (Date.now() - started) / 1000;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Error: postgres://app:***@127.0.0.1:${listener.port}/db did not answer within 10 s.`);
    expect(r.stderr).toContain('--connect-timeout');
    expect(r.stderr).not.toContain('topsecret');
    expect(listener.accepted()).toBeGreaterThan(0);
    expect(seconds).toBeGreaterThanOrEqual(9.5);
    expect(seconds).toBeLessThan(30);
  });

  it('--connect-timeout and the config key set it; a bad value is a usage error', async () => {
    project = new CliProject(`postgres://app:topsecret@127.0.0.1:${listener.port}/db`, { connectTimeout: 2 });
    const fromConfig = await project.run('upgrade', 'head');
    expect(fromConfig.code).toBe(1);
    expect(fromConfig.stderr).toContain('did not answer within 2 s.');
    const fromFlag = await project.run('current', '--connect-timeout', '1');
    expect(fromFlag.code).toBe(1);
    expect(fromFlag.stderr).toContain('did not answer within 1 s.');
    const bad = await project.run('current', '--connect-timeout', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--connect-timeout expects a positive number of seconds');
  });

  it('rejects a bad connectTimeout in the config', async () => {
    project = new CliProject(`postgres://app:topsecret@127.0.0.1:${listener.port}/db`, { connectTimeout: 'soon' });
    const r = await project.run('current');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"connectTimeout" must be a positive number of seconds.');
  });
});
