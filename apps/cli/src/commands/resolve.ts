import { RetortError } from '@retort/errors';
import { defineCommand } from './define-command';

interface ResolveArgs {
  revision: string;
  applied?: boolean;
  'rolled-back'?: boolean;
}

export const resolveCommand = defineCommand<ResolveArgs>({
  command: 'resolve <revision>',
  describe: 'Clear the dirty mark of a half-applied revision, once you finished (--applied) or undid (--rolled-back) it by hand',
  builder: (y) =>
    y
      .positional('revision', { type: 'string', demandOption: true, describe: 'The revision marked dirty (see `retort current`)' })
      .option('applied', { type: 'boolean', describe: 'Its upgrade/downgrade is now complete: record it in the version table' })
      .option('rolled-back', { type: 'boolean', describe: 'Its partial changes are undone: leave the version table as before the step' }),
  async handler(args, ctx) {
    if (args.applied === args['rolled-back']) {
      throw new RetortError('BAD_ARGUMENT', 'resolve needs exactly one of --applied or --rolled-back.', {
        hint: `retort resolve ${args.revision} --applied (you completed the step by hand) or --rolled-back (you undid it).`,
        exitCode: 2,
      });
    }
    const rt = await ctx.runtime();
    const config = await ctx.config();
    const as = args.applied ? 'applied' : 'rolled-back';
    const heads = await ctx.withDriver((driver) => rt.resolveDirty({ config, driver, revision: args.revision, as }));
    ctx.output.info(`Resolved ${args.revision} as ${as}; the version table is at ${heads.join(', ') || 'base'}.`);
  },
});

export const acceptEditCommand = defineCommand<{ revisions: string[] }>({
  command: 'accept-edit <revisions..>',
  describe: 'Accept an intentional edit of applied revision file(s): record their current checksum',
  builder: (y) => y.positional('revisions', { type: 'string', array: true, describe: 'Applied revision(s) whose file you edited on purpose' }),
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const config = await ctx.config();
    const accepted = await ctx.withDriver((driver) => rt.acceptEdits(config, driver, args.revisions));
    ctx.output.info(`Recorded the current checksum of ${accepted.join(', ')}.`);
  },
});
