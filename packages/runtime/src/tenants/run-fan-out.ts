import type { Driver } from '../drivers/driver';
import { TenantConnection } from './tenant-connection';
import type { Tenant, TenantOutcome, TenantProgress } from './tenant-types';

export interface FanOutPolicy {
  /** Most tenants (and so connections) at once. */
  concurrency: number;
  /** The first K tenants run one by one first; if one fails, no other tenant starts. */
  canary: number;
  /** Keep starting tenants after a failure (default: stop starting new ones). */
  continueOnError: boolean;
}

export interface FanOutOptions extends FanOutPolicy {
  tenants: readonly Tenant[];
  open(url: string): Promise<Driver>;
  /** The per-tenant work, on a connection scoped to the tenant; returns the heads before/after. */
  task(tenant: Tenant, driver: Driver): Promise<{ from: string[]; to: string[] }>;
  /** Where a failed tenant stands now (its version table), for the report. */
  readHeads?(tenant: Tenant, driver: Driver): Promise<string[]>;
  onProgress?(progress: TenantProgress): void;
}

function errorOf(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; message?: unknown };
  return { code: typeof e?.code === 'string' ? e.code : 'INTERNAL', message: String(e?.message ?? error) };
}

/**
 * Runs `task` for every tenant with at most `concurrency` at once (one connection each), the
 * canaries first. Never throws for a tenant's failure: every tenant gets an outcome, in order.
 */
export async function runFanOut(options: FanOutOptions): Promise<TenantOutcome[]> {
  const outcomes = new Map<string, TenantOutcome>();
  const started = Date.now();
  const count = { done: 0, failed: 0, running: 0 };
  let stopped = false;
  const progress = () =>
    options.onProgress?.({ total: options.tenants.length, ...count, ratePerSecond: (count.done + count.failed) / Math.max((Date.now() - started) / 1000, 0.001) });

  async function runOne(tenant: Tenant, connection: TenantConnection): Promise<boolean> {
    const t0 = Date.now();
    count.running++;
    progress();
    let outcome: TenantOutcome;
    let driver: Driver | null = null;
    try {
      driver = await connection.forTenant(tenant);
      const { from, to } = await options.task(tenant, driver);
      outcome = { name: tenant.name, status: 'ok', from, to, durationMs: Date.now() - t0, error: null };
    } catch (error) {
      const now = driver && options.readHeads ? await options.readHeads(tenant, driver).catch(() => null) : null;
      await connection.close(); // its state is unknown after a failure; the next tenant reconnects
      outcome = { name: tenant.name, status: 'failed', from: null, to: now, durationMs: Date.now() - t0, error: errorOf(error) };
    }
    outcomes.set(tenant.name, outcome);
    count.running--;
    if (outcome.status === 'ok') count.done++;
    else count.failed++;
    progress();
    return outcome.status === 'ok';
  }

  async function drain(queue: Tenant[], workers: number, stopOnFailure: boolean): Promise<void> {
    const worker = async () => {
      const connection = new TenantConnection(options.open);
      try {
        while (!stopped && queue.length > 0) {
          const ok = await runOne(queue.shift()!, connection);
          if (!ok && stopOnFailure) stopped = true;
        }
      } finally {
        await connection.close();
      }
    };
    await Promise.all(Array.from({ length: Math.min(workers, queue.length) }, worker));
  }

  const canaries = options.tenants.slice(0, options.canary);
  await drain([...canaries], 1, true);
  // PGlite is one in-process database behind a file lock: one connection, tenants in turn
  const workers = options.tenants.some((t) => t.url.startsWith('pglite://')) ? 1 : Math.max(1, options.concurrency);
  await drain(options.tenants.slice(canaries.length), workers, !options.continueOnError);
  return options.tenants.map(
    (t) => outcomes.get(t.name) ?? { name: t.name, status: 'not-started', from: null, to: null, durationMs: 0, error: null },
  );
}
