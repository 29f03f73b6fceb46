import { RetortError } from '@retort/errors';
import type { Driver, ResolvedConfig } from '@retort/runtime';
import type { CommandContext } from '../context';
import { selectTenantsFor } from './tenant-selection';

/**
 * Autogenerate and diff compare the model with one database: with tenants configured, the
 * first tenant, or the one `--tenant NAME` names (its schema standing for `public`).
 */
export async function withTenant<T>(
  ctx: CommandContext,
  names: string[] | undefined,
  fn: (config: ResolvedConfig, driver: Driver, tenantSchema?: string) => Promise<T>,
): Promise<T> {
  if ((names?.length ?? 0) > 1) {
    throw new RetortError('BAD_ARGUMENT', 'Autogenerate compares the model with one tenant; --tenant was given more than once.', {
      hint: 'Name one tenant, or use `retort check --tenants` to compare every tenant.',
      exitCode: 2,
    });
  }
  const { rt, config, tenants, open } = await selectTenantsFor(ctx, { tenant: names });
  const tenant = tenants[0];
  if (!tenant) throw new RetortError('NO_TENANTS', 'The tenants list of the config is empty.', { hint: 'Add a tenant, or pass --url to compare with one database.' });
  ctx.output.info(`Comparing with tenant ${tenant.name}.`);
  const driver = await open(tenant.url);
  try {
    return await fn(rt.tenantConfig(config, tenant), await rt.scopeToTenant(driver, tenant), tenant.schema ?? undefined);
  } finally {
    await driver.close();
  }
}
