import { defineCommand } from './define-command';
import { compare, compareOptions, type CompareArgs } from './autogenerate-options';
import { tenantReadOptions, type TenantArgs } from './tenant-options';
import { checkForTenants } from '../tenants/tenant-check';
import { checkLintSection } from './check-lint';

type Format = 'text' | 'json' | 'markdown';

const jsonOption = { type: 'boolean', describe: 'Print JSON (the same as --format json)' } as const;

export const checkCommand = defineCommand<CompareArgs & TenantArgs & { format: Format; json?: boolean; strict?: boolean }>({
  command: 'check',
  describe: 'Exit 0 if the models and the database agree; otherwise print what a new revision would contain and exit 1 (exit 3: the database is behind the head)',
  builder: (y) =>
    tenantReadOptions(
      compareOptions(y)
        .option('format', { type: 'string', choices: ['text', 'json', 'markdown'], default: 'text', describe: 'Output format (markdown: for a pull-request comment)' })
        .option('json', jsonOption)
        .option('strict', { type: 'boolean', describe: 'Also fail when an applied revision file changed since it was applied' }),
    ),
  examples: [
    ['$0 check', 'Fail (exit 1) when a new revision is needed, e.g. in CI'],
    ['$0 check --format markdown', 'The same report as a pull-request comment'],
    ['$0 check --tenants', 'Drift of every tenant at head (tenants in retort.config.ts)'],
  ],
  async handler(args, ctx) {
    if (args.tenants) return checkForTenants(ctx, args);
    const { ag, comparison, config } = await compare(ctx, { ...args, interactive: false }, { requireHead: true, strict: args.strict === true });
    const format = args.json ? 'json' : args.format;
    // markdown shows and lints what `revision --autogenerate` would write: the configured plan
    const planned =
      format === 'markdown' && comparison.entries.length > 0
        ? ag.plannedUpgrade(comparison.entries, {
            plan: config.plan,
            lockTimeout: config.lockTimeout ?? '5s',
            current: comparison.current,
            target: comparison.target,
            sizes: comparison.sizes,
          })
        : undefined;
    const report = ag.formatChanges(comparison.entries, format, { style: ctx.output.out, notes: comparison.notes, planned });
    const lintOf = planned ? await checkLintSection(ctx, planned.steps) : null;
    ctx.output.result(lintOf === null ? report : `${report}\n\n${lintOf}`);
    return comparison.entries.length === 0 ? 0 : 1;
  },
});

export const diffCommand = defineCommand<CompareArgs & { format: 'text' | 'json'; json?: boolean }>({
  command: 'diff',
  describe: 'Show the upgrade operations and their SQL without writing anything',
  builder: (y) =>
    compareOptions(y).option('format', { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'Output format' }).option('json', jsonOption),
  examples: [
    ['$0 diff', 'Operations grouped by table, with their SQL and hazards'],
    ['$0 diff --json', 'The same as JSON'],
    ['$0 diff --rename-column users.name=full_name', 'Treat a dropped and an added column as a rename'],
  ],
  async handler(args, ctx) {
    const { ag, comparison } = await compare(ctx, args, { requireHead: true });
    ctx.output.result(ag.formatChanges(comparison.entries, args.json ? 'json' : args.format, { sql: true, style: ctx.output.out, notes: comparison.notes }));
  },
});
