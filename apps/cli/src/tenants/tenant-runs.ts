import { RetortError } from '@retort/errors';
import type { RunRequest, TenantOutcome, TenantProgress, TenantRequest } from '@retort/runtime';
import type { CommandContext } from '../context';
import type { TenantArgs } from '../commands/tenant-options';
import { formatProgress, formatTenantReport, formatTenantsSummary } from './tenant-report-table';
import { selectTenantsFor } from './tenant-selection';

/** Progress lines on stderr, at most one a second (and the last one). */
function progressPrinter(ctx: CommandContext) {
  let last = 0;
  return (p: TenantProgress) => {
    const finished = p.done + p.failed === p.total && p.running === 0;
    if (!finished && Date.now() - last < 1000) return;
    last = Date.now();
    ctx.output.info(formatProgress(p));
  };
}

/** The end of every fan-out that changes tenants: keep the report, print it, exit 1 on any failure. */
function finish(ctx: CommandContext, command: string, outcomes: TenantOutcome[], json: boolean | undefined, save: () => string): number {
  const file = save();
  if (json) ctx.output.data({ command, report: file, tenants: outcomes });
  else {
    ctx.output.result(formatTenantReport(outcomes));
    if (outcomes.some((o) => o.status !== 'ok')) ctx.output.info(`Report kept in ${file}; re-run the rest with --only-failed.`);
  }
  return outcomes.every((o) => o.status === 'ok') ? 0 : 1;
}

type Work = (rt: typeof import('@retort/runtime'), base: TenantRequest) => Promise<TenantOutcome[]>;

/** upgrade/downgrade/stamp with --tenants: one per-database run per tenant, then the report. */
export async function runForTenants(ctx: CommandContext, args: TenantArgs, command: string, run: Omit<RunRequest, 'config' | 'driver'>, work: Work): Promise<number> {
  const { rt, config, tenants, open, policy } = await selectTenantsFor(ctx, args);
  if (tenants.length === 0) {
    ctx.output.info('No tenant to run: the last report has no failed tenant.');
    return 0;
  }
  const outcomes = await work(rt, { ...policy, config, tenants, open, run, onProgress: progressPrinter(ctx) });
  return finish(ctx, command, outcomes, args.json, () => rt.saveTenantReport(config, { command, finishedAt: new Date().toISOString(), tenants: outcomes }));
}

/** current --tenants: revision counts and the tenants behind. */
export async function currentForTenants(ctx: CommandContext, args: TenantArgs & { 'check-heads'?: boolean }): Promise<number> {
  const { rt, config, tenants, open, policy } = await selectTenantsFor(ctx, args);
  const outcomes = await rt.currentTenants({ config, tenants, open, concurrency: policy.concurrency, onProgress: progressPrinter(ctx) });
  const summary = rt.summariseTenants(config, outcomes);
  if (args.json) ctx.output.data({ ...summary, tenants: outcomes.map((o) => ({ name: o.name, status: o.status, revisions: o.to, error: o.error })) });
  else ctx.output.result(formatTenantsSummary(summary));
  return summary.failed.length || (args['check-heads'] && summary.behind.length) ? 1 : 0;
}

/** Every tenant's version-table heads (`history -i --tenants`); a tenant that cannot be read is an error. */
export async function tenantHeads(ctx: CommandContext, args: TenantArgs): Promise<string[][]> {
  const { rt, config, tenants, open, policy } = await selectTenantsFor(ctx, args);
  const outcomes = await rt.currentTenants({ config, tenants, open, concurrency: policy.concurrency });
  const failed = outcomes.find((o) => o.status !== 'ok');
  if (failed) {
    throw new RetortError('TENANT_UNREADABLE', `Could not read the version table of tenant ${failed.name}: ${failed.error?.message ?? 'not reached'}`, {
      hint: 'Run `retort current --tenants` to see every tenant that cannot be read.',
    });
  }
  return outcomes.map((o) => o.to ?? []);
}
