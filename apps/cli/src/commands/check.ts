import { defineCommand } from './define-command';
import { compare, compareOptions, type CompareArgs } from './autogenerate-options';

export const checkCommand = defineCommand<CompareArgs & { format: 'text' | 'json' | 'markdown'; strict?: boolean }>({
  command: 'check',
  describe: 'Exit 0 if the models and the database agree; otherwise print what a new revision would contain and exit 1 (exit 3: the database is behind the head)',
  builder: (y) =>
    compareOptions(y)
      .option('format', { type: 'string', choices: ['text', 'json', 'markdown'], default: 'text', describe: 'Output format (markdown: for a pull-request comment)' })
      .option('strict', { type: 'boolean', describe: 'Also fail when an applied revision file changed since it was applied' }),
  async handler(args, ctx) {
    const { ag, comparison } = await compare(ctx, { ...args, interactive: false }, { requireHead: true, strict: args.strict === true });
    ctx.output.result(ag.formatChanges(comparison.entries, args.format));
    return comparison.entries.length === 0 ? 0 : 1;
  },
});

export const diffCommand = defineCommand<CompareArgs & { format: 'text' | 'json' }>({
  command: 'diff',
  describe: 'Show the upgrade operations and their SQL without writing anything',
  builder: (y) => compareOptions(y).option('format', { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'Output format' }),
  async handler(args, ctx) {
    const { ag, comparison } = await compare(ctx, args, { requireHead: true });
    ctx.output.result(ag.formatChanges(comparison.entries, args.format, { sql: true }));
  },
});
