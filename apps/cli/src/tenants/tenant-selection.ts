import { RetortError } from '@retort/errors';
import type { Driver, ResolvedConfig, Tenant } from '@retort/runtime';
import type { CommandContext } from '../context';
import type { TenantArgs } from '../commands/tenant-options';

function usage(message: string, hint: string): never {
  throw new RetortError('BAD_ARGUMENT', message, { hint, exitCode: 2 });
}

function wholeNumber(name: string, value: number | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < min) usage(`--${name} must be a whole number of at least ${min}, got ${value}.`, `For example --${name} ${Math.max(min, 4)}.`);
  return value;
}

/** The tenants a command runs for, how to connect to them, and the fan-out policy. */
export async function selectTenantsFor(ctx: CommandContext, args: TenantArgs) {
  const rt = await ctx.runtime();
  const config = await ctx.config();
  const concurrency = wholeNumber('concurrency', args.concurrency, 1) ?? 4;
  const canary = wholeNumber('canary', args.canary, 0) ?? 0;
  const open = (url: string): Promise<Driver> =>
    rt.openDriver(url, { baseDir: config.rootDir, wait: { timeoutMs: config.migrationLockTimeoutMs, onWaiting: (m) => ctx.output.info(m) } });
  const all = await rt.listTenants(config, () => open(config.url));
  let names = args.tenant;
  if (args['only-failed']) {
    const unfinished = rt.unfinishedTenantsOfLastReport(config);
    names = names?.length ? names.filter((n) => unfinished.includes(n)) : unfinished;
    // tenants removed from the config since the report are not an error: they are gone
    names = names.filter((n) => all.some((t) => t.name === n));
  }
  const tenants: Tenant[] = args['only-failed'] && names?.length === 0 ? [] : rt.selectTenants(all, names);
  return { rt, config, tenants, open, policy: { concurrency, canary, continueOnError: args['continue-on-error'] === true } };
}

/** --sql writes one script for one database; with tenants it would be ambiguous. */
export function refuseOfflineTenants(config: ResolvedConfig): never {
  usage(
    `--sql cannot be combined with --tenants/--tenant (${config.configFile ?? 'the config'}).`,
    'Run the offline script per tenant with --url (database tenants), or drop --sql.',
  );
}
