import type { Argv } from 'yargs';

export interface TenantArgs {
  tenants?: boolean;
  tenant?: string[];
  concurrency?: number;
  canary?: number;
  'continue-on-error'?: boolean;
  'only-failed'?: boolean;
  json?: boolean;
}

/** The fan-out options of upgrade, downgrade and stamp (see docs/tenants.md). */
export function tenantRunOptions<T>(y: Argv<T>): Argv<T> {
  return tenantReadOptions(y)
    .option('canary', { type: 'number', describe: 'Run the first K tenants one by one first; stop everything if one fails' })
    .option('continue-on-error', { type: 'boolean', describe: 'Keep starting tenants after one fails (default: stop starting new ones)' })
    .option('only-failed', { type: 'boolean', describe: 'Re-run only the tenants that did not finish in the last tenant report' });
}

/** The options of commands that only read every tenant (current, check, history -i). */
export function tenantReadOptions<T>(y: Argv<T>): Argv<T> {
  return y
    .option('tenants', { type: 'boolean', describe: 'Run for every tenant of the config (tenants: databases or schemas)' })
    .option('tenant', { type: 'string', array: true, describe: 'Run for the tenant NAME only (repeatable)' })
    .option('concurrency', { type: 'number', default: 4, describe: 'Most tenants (and connections) at once' }) as Argv<T>;
}

/** Does this invocation fan out over tenants? */
export function wantsTenants(args: TenantArgs): boolean {
  return args.tenants === true || (args.tenant?.length ?? 0) > 0 || args['only-failed'] === true;
}
