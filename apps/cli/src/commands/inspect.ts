import { RetortError, maskUrl } from '@retort/errors';
import { defineCommand } from './define-command';
import { tenantReadOptions, wantsTenants, type TenantArgs } from './tenant-options';
import { currentForTenants, tenantHeads } from '../tenants/tenant-runs';

const json = { type: 'boolean', describe: 'Print JSON' } as const;
const verbose = { alias: 'v', type: 'boolean', describe: 'Show the full log entry of each revision' } as const;

export const currentCommand = defineCommand<TenantArgs & { verbose?: boolean; 'check-heads'?: boolean; json?: boolean }>({
  command: 'current',
  describe: "Show the database's current revision(s)",
  builder: (y) =>
    tenantReadOptions(y)
      .option('verbose', verbose)
      .option('json', json)
      .option('check-heads', { type: 'boolean', describe: 'Fail unless the database is at the head revision(s)' }),
  examples: [
    ['$0 current', "The database's revision(s)"],
    ['$0 current --check-heads', 'Exit 1 unless the database is at head (for CI or a deploy check)'],
    ['$0 current --json', 'The same as JSON'],
  ],
  async handler(args, ctx) {
    if (wantsTenants(args)) return currentForTenants(ctx, args);
    const rt = await ctx.runtime();
    const config = await ctx.config();
    const { graph } = rt.loadScriptDirectory(config.versionDirs);
    const { heads, dirty } = await ctx.withDriver(async (driver) => {
      if (args['check-heads']) await rt.assertDatabaseAtHead(config, driver);
      const rows = await rt.readVersionRows(driver, config.versionTable);
      const changed = await rt.findChangedFiles(config, driver);
      if (changed.length) ctx.output.warn(`Warning: ${rt.changedFilesMessage(changed)}\n${rt.CHANGED_FILES_HINT}`);
      return { heads: rows.filter((r) => r.dirty !== 'up').map((r) => r.revision), dirty: rows.filter((r) => r.dirty !== null) };
    });
    for (const row of dirty) {
      ctx.output.warn(`Warning: ${row.revision} is half-applied (its ${row.dirty === 'up' ? 'upgrade' : 'downgrade'} failed after an autocommit block); finish or undo it, then run \`retort resolve ${row.revision} --applied|--rolled-back\`.`);
    }
    const current = rt.listCurrent(graph, heads);
    if (args.json) return ctx.output.data({ current: current.map((r) => rt.revisionJson(graph, r)), versionTable: heads });
    if (args.verbose) ctx.output.info(`Current revision(s) for ${maskUrl(config.url)}:`);
    for (const rev of current) ctx.output.result(rt.formatRevision(graph, rev, { style: ctx.output.out, verbose: args.verbose }));
  },
});

export const historyCommand = defineCommand<TenantArgs & { 'rev-range'?: string; verbose?: boolean; 'indicate-current'?: boolean; json?: boolean }>({
  command: 'history',
  describe: 'List revisions in order, newest first',
  builder: (y) =>
    tenantReadOptions(y)
      .option('rev-range', { alias: 'r', type: 'string', describe: 'Range A:B, A: or :B (ids, head, base, current, -N, +N)' })
      .option('verbose', verbose)
      .option('json', json)
      .option('indicate-current', { alias: 'i', type: 'boolean', describe: 'Mark the revisions in the database (connects)' }),
  examples: [
    ['$0 history', 'Every revision, newest first'],
    ['$0 history -r -3:', 'The last revisions: from three below the head up to it'],
    ['$0 history -i --json', 'As JSON, with the revisions in the database marked'],
  ],
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const config = await ctx.config();
    const { graph } = rt.loadScriptDirectory(config.versionDirs);
    const needsDb = args['indicate-current'] === true || (args['rev-range'] ?? '').includes('current');
    // with tenants, "current" is every revision some tenant stands at, with how many stand there
    const perTenant = needsDb && wantsTenants(args) ? await tenantHeads(ctx, args) : null;
    const heads = !needsDb ? null : perTenant ? [...new Set(perTenant.flat())] : await ctx.withDriver((driver) => rt.currentHeads(config, driver));
    const revisions = rt.listHistory(graph, args['rev-range'] ?? null, heads);
    const currentOf = (h: string[]) => rt.listCurrent(graph, h).map((r) => r.id);
    const current = args['indicate-current'] && heads ? new Set(perTenant ? perTenant.flatMap(currentOf) : currentOf(heads)) : undefined;
    const tenantsAt = (id: string) => perTenant?.filter((h) => h.includes(id)).length ?? 0;
    if (args.json) return ctx.output.data(revisions.map((r) => ({ ...rt.revisionJson(graph, r, current), ...(perTenant ? { tenants: tenantsAt(r.id) } : {}) })));
    const currentLabel = perTenant ? (id: string) => `(current: ${tenantsAt(id)} of ${perTenant.length} tenants)` : undefined;
    const lines = revisions.map((r) =>
      rt.formatRevision(graph, r, { style: ctx.output.out, verbose: args.verbose, includeBranches: true, includeDoc: true, includeParents: true, current, currentLabel }),
    );
    if (lines.length) ctx.output.result(lines.join('\n'));
  },
});

export const headsCommand = defineCommand<{ verbose?: boolean; 'resolve-dependencies'?: boolean; json?: boolean }>({
  command: 'heads',
  describe: 'Show the head revision(s) of the migration scripts',
  builder: (y) =>
    y.option('verbose', verbose).option('json', json).option('resolve-dependencies', { type: 'boolean', describe: 'Treat dependencies as down revisions' }),
  examples: [
    ['$0 heads', 'The head revision(s); more than one means branches to merge'],
    ['$0 heads --json', 'The same as JSON'],
  ],
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const { graph } = rt.loadScriptDirectory((await ctx.config()).versionDirs);
    const heads = rt.listHeads(graph, { resolveDependencies: args['resolve-dependencies'] });
    if (args.json) return ctx.output.data(heads.map((r) => rt.revisionJson(graph, r)));
    for (const rev of heads) ctx.output.result(rt.formatRevision(graph, rev, { style: ctx.output.out, verbose: args.verbose, includeBranches: true, treeIndicators: false }));
  },
});

export const branchesCommand = defineCommand<{ verbose?: boolean; json?: boolean }>({
  command: 'branches',
  describe: 'Show revisions where the history branches',
  builder: (y) => y.option('verbose', verbose).option('json', json),
  examples: [
    ['$0 branches', 'Revisions with more than one child'],
    ['$0 branches --json', 'The same as JSON'],
  ],
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const { graph } = rt.loadScriptDirectory((await ctx.config()).versionDirs);
    const points = rt.listBranchPoints(graph);
    if (args.json) {
      return ctx.output.data(points.map((p) => ({ ...rt.revisionJson(graph, p.revision), children: p.children.map((c) => rt.revisionJson(graph, c)) })));
    }
    for (const { revision, children } of points) {
      ctx.output.result(rt.formatRevision(graph, revision, { style: ctx.output.out, verbose: args.verbose, includeBranches: true }));
      for (const child of children) {
        ctx.output.result(`${' '.repeat(revision.id.length)} -> ${rt.formatRevision(graph, child, { style: ctx.output.out, includeBranches: true, includeDoc: args.verbose })}`);
      }
    }
  },
});

export const showCommand = defineCommand<{ revision: string; json?: boolean }>({
  command: 'show <revision>',
  describe: 'Show the details of a revision',
  builder: (y) => y.positional('revision', { type: 'string', demandOption: true, describe: 'Revision id, prefix, head, …' }).option('json', json),
  examples: [
    ['$0 show head', 'The head revision in full'],
    ['$0 show ae10', 'A revision by the start of its id'],
  ],
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const { graph } = rt.loadScriptDirectory((await ctx.config()).versionDirs);
    const revisions = rt.resolveRevisions(graph, args.revision);
    if (revisions.length === 0) throw new RetortError('UNKNOWN_REVISION', `"${args.revision}" names no revision.`, { hint: 'See `retort history`.' });
    if (args.json) return ctx.output.data(revisions.map((r) => rt.revisionJson(graph, r)));
    for (const rev of revisions) ctx.output.result(rt.formatRevision(graph, rev, { style: ctx.output.out, verbose: true }));
  },
});
