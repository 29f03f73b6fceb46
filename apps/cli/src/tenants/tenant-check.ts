import type { DiffEntry } from '@retort/diff';
import type { CommandContext } from '../context';
import type { TenantArgs } from '../commands/tenant-options';
import type { CompareArgs } from '../commands/autogenerate-options';
import { selectTenantsFor } from './tenant-selection';

const revs = (r: readonly string[] | null) => (r === null ? '?' : r.length ? r.join(',') : 'base');

/** `check --tenants`: tenants at the head whose schema differs from the model (drift), and those behind. */
export async function checkForTenants(ctx: CommandContext, args: TenantArgs & CompareArgs & { format: string }): Promise<number> {
  const ag = await import('@retort/autogenerate');
  const { rt, config, tenants, open, policy } = await selectTenantsFor(ctx, args);
  const heads = [...rt.loadScriptDirectory(config.versionDirs).graph.heads].sort().join(',');
  const drift = new Map<string, DiffEntry[]>();
  const notes = new Set<string>();
  const outcomes = await rt.runFanOut({
    tenants,
    open,
    concurrency: policy.concurrency,
    canary: 0,
    continueOnError: true,
    task: async (tenant, driver) => {
      const cfg = rt.tenantConfig(config, tenant);
      const at = await rt.currentHeads(cfg, driver);
      if ([...at].sort().join(',') === heads) {
        const cmp = await ag.compareWithDatabase(cfg, driver, { tenantSchema: tenant.schema ?? undefined, onNote: (n) => notes.add(n) });
        drift.set(tenant.name, cmp.entries);
      }
      return { from: at, to: at };
    },
  });
  for (const note of notes) ctx.output.info(note);
  const status = (name: string, ok: boolean) => (!ok ? 'failed' : !drift.has(name) ? 'behind' : drift.get(name)!.length ? 'drift' : 'in sync');
  const rows = outcomes.map((o) => ({ name: o.name, revisions: o.to, status: status(o.name, o.status === 'ok'), changes: drift.get(o.name)?.length ?? null, error: o.error }));
  if (args.json || args.format === 'json') {
    ctx.output.data({
      heads: heads ? heads.split(',') : [],
      tenants: rows.map((r) => ({ ...r, diff: r.status === 'drift' ? JSON.parse(ag.formatChanges(drift.get(r.name)!, 'json')) : null })),
    });
  } else {
    const width = Math.max(6, ...rows.map((r) => r.name.length));
    const lines = [`${'TENANT'.padEnd(width)}  REVISION      STATUS`];
    for (const r of rows) lines.push(`${r.name.padEnd(width)}  ${revs(r.revisions).padEnd(12)}  ${r.status}${r.changes ? ` (${r.changes} changes)` : ''}${r.error ? `: ${r.error.message}` : ''}`);
    for (const r of rows.filter((x) => x.status === 'drift')) lines.push('', `Drift in ${r.name}:`, ag.formatChanges(drift.get(r.name)!, 'text'));
    ctx.output.result(lines.join('\n'));
  }
  return rows.every((r) => r.status === 'in sync') ? 0 : 1;
}
