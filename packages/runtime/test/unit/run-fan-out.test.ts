import type { Driver } from '../../src/drivers/driver';
import { runFanOut, type FanOutPolicy } from '../../src/tenants/run-fan-out';
import { resolveTenantsConfig } from '../../src/tenants/resolve-tenants-config';
import { selectTenants } from '../../src/tenants/list-tenants';
import type { Tenant } from '../../src/tenants/tenant-types';

/** The scheduler alone: connections are counted, tasks are timers; the SQL side is tested in apps/cli. */
function harness(count: number, failing: Set<string> = new Set(), url = (i: number) => (i % 2 ? 'postgres://h/a' : 'postgres://h/b')) {
  const tenants: Tenant[] = Array.from({ length: count }, (_, i) => ({ name: `t${i}`, url: url(i), schema: null }));
  const stats = { open: 0, peak: 0, started: [] as string[] };
  const open = async (): Promise<Driver> => {
    stats.open++;
    stats.peak = Math.max(stats.peak, stats.open);
    return {
      kind: 'postgres',
      displayUrl: 'x',
      enforcesTimeouts: true,
      query: async () => [],
      exec: async () => {},
      close: async () => {
        stats.open--;
      },
    };
  };
  const run = (policy: FanOutPolicy) =>
    runFanOut({
      ...policy,
      tenants,
      open,
      task: async (tenant) => {
        stats.started.push(tenant.name);
        await new Promise((r) => setTimeout(r, 5));
        if (failing.has(tenant.name)) throw Object.assign(new Error(`boom in ${tenant.name}`), { code: 'MIGRATION_FAILED' });
        return { from: [], to: ['r1'] };
      },
    });
  return { stats, run };
}

describe('runFanOut', () => {
  it('never holds more connections than the concurrency, and closes them all', async () => {
    const { stats, run } = harness(40);
    const out = await run({ concurrency: 4, canary: 0, continueOnError: false });
    expect(out.map((o) => o.status)).toEqual(Array(40).fill('ok'));
    expect(stats.peak).toBe(4);
    expect(stats.open).toBe(0);
  });

  it('runs PGlite tenants one at a time (one in-process database behind a file lock)', async () => {
    const { stats, run } = harness(6, new Set(), () => 'pglite://./db');
    await run({ concurrency: 4, canary: 0, continueOnError: false });
    expect(stats.peak).toBe(1);
  });

  it('stops starting tenants after a failure by default; the rest are not-started', async () => {
    const { stats, run } = harness(20, new Set(['t3']));
    const out = await run({ concurrency: 2, canary: 0, continueOnError: false });
    expect(out.find((o) => o.name === 't3')).toMatchObject({ status: 'failed', error: { code: 'MIGRATION_FAILED', message: 'boom in t3' } });
    expect(stats.started.length).toBeLessThan(20);
    expect(out.filter((o) => o.status === 'not-started').length).toBe(20 - stats.started.length);
  });

  it('--continue-on-error runs every tenant', async () => {
    const { stats, run } = harness(20, new Set(['t3', 't9']));
    const out = await run({ concurrency: 3, canary: 0, continueOnError: true });
    expect(stats.started).toHaveLength(20);
    expect(out.filter((o) => o.status === 'failed').map((o) => o.name)).toEqual(['t3', 't9']);
  });

  it('a failing canary stops everything, even with --continue-on-error', async () => {
    const { stats, run } = harness(20, new Set(['t1']));
    const out = await run({ concurrency: 8, canary: 3, continueOnError: true });
    expect(stats.started).toEqual(['t0', 't1']);
    expect(out.slice(2).every((o) => o.status === 'not-started')).toBe(true);
  });
});

describe('tenant config and selection', () => {
  it('rejects a tenants value that is neither databases nor schemas', () => {
    expect(() => resolveTenantsConfig('/p/retort.config.ts', { schema: ['a'] })).toThrow(/exactly one key, "databases" or "schemas"/);
    expect(() => resolveTenantsConfig('/p/retort.config.ts', { schemas: ['a', ''] })).toThrow(/array of non-empty strings/);
    expect(resolveTenantsConfig('/p/retort.config.ts', { schemas: ['a'] })).toEqual({ schemas: ['a'] });
  });

  it('an unknown --tenant name is an error that lists the known ones', () => {
    const all = [{ name: 'acme', url: 'u', schema: 'acme' }];
    expect(() => selectTenants(all, ['nope'])).toThrow('No tenant named "nope".');
    expect(selectTenants(all, ['acme', 'acme'])).toEqual(all);
  });
});
