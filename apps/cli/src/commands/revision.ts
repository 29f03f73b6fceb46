import { RetortError } from '@retort/errors';
import { defineCommand } from './define-command';
import type { CommandContext } from '../context';

interface RevisionArgs {
  message?: string;
  autogenerate?: boolean;
  head?: string;
  splice?: boolean;
  'branch-label'?: string[];
  'depends-on'?: string[];
  'rev-id'?: string;
  'version-path'?: string;
}

/** Writes a new revision file (shared by `revision` and `merge`). */
export async function writeRevision(
  ctx: CommandContext,
  options: { message: string; head: string | string[]; splice: boolean; branchLabels: string[]; dependsOn: string[]; revId?: string; versionPath?: string },
): Promise<string> {
  const config = await ctx.config();
  const rt = await ctx.runtime();
  const codegen = await import('@retort/codegen');
  const plan = rt.planNewRevision(config, { ...options, head: options.head }, (rev) => codegen.revisionFileName(config.fileTemplate, rev, options.message));
  const text = await codegen.renderRevisionFile({ ...plan, upgrade: [], downgrade: [] }, plan.path);
  rt.writeFilesAtomically([{ path: plan.path, content: text }]);
  return plan.path;
}

export const revisionCommand = defineCommand<RevisionArgs>({
  command: 'revision',
  describe: 'Create a new revision file',
  builder: (y) =>
    y
      .option('message', { alias: 'm', type: 'string', describe: 'Message (the first line of the file, and its slug)' })
      .option('autogenerate', { type: 'boolean', describe: 'Compare the ORM models with the database and write the operations' })
      .option('head', { type: 'string', describe: 'Revision the new one builds on (default: head)' })
      .option('splice', { type: 'boolean', describe: 'Allow a --head that is not a head (starts a new branch)' })
      .option('branch-label', { type: 'string', array: true, describe: 'Branch label for the new revision' })
      .option('depends-on', { type: 'string', array: true, describe: 'Revision(s) the new one depends on (repeatable)' })
      .option('rev-id', { type: 'string', describe: 'Use this revision id instead of a generated one' })
      .option('version-path', { type: 'string', describe: 'Version location to write the file into' }),
  async handler(args, ctx) {
    if (args.autogenerate) {
      throw new RetortError('NOT_AVAILABLE', 'revision --autogenerate is not available yet in this build of retort.', {
        hint: 'Write the operations by hand: `retort revision -m "..."` creates an empty revision file.',
      });
    }
    const path = await writeRevision(ctx, {
      message: args.message ?? '',
      head: args.head ?? 'head',
      splice: args.splice === true,
      branchLabels: args['branch-label'] ?? [],
      dependsOn: args['depends-on'] ?? [],
      revId: args['rev-id'],
      versionPath: args['version-path'],
    });
    ctx.output.info(`Generating ${path} ... done`);
    if (ctx.output.quiet) ctx.output.result(path);
  },
});

export const mergeCommand = defineCommand<{ revisions: string[]; message?: string; 'branch-label'?: string[]; 'rev-id'?: string }>({
  command: 'merge <revisions..>',
  describe: 'Merge two or more revisions (e.g. `heads`) into one new revision',
  builder: (y) =>
    y
      .positional('revisions', { type: 'string', array: true, describe: 'Revisions to merge, or "heads"' })
      .option('message', { alias: 'm', type: 'string', describe: 'Message' })
      .option('branch-label', { type: 'string', array: true, describe: 'Branch label for the merge revision' })
      .option('rev-id', { type: 'string', describe: 'Use this revision id instead of a generated one' }),
  async handler(args, ctx) {
    const config = await ctx.config();
    const rt = await ctx.runtime();
    const { graph } = rt.loadScriptDirectory(config.versionDirs);
    const parents = rt.resolveRevisions(graph, args.revisions);
    if (new Set(parents.map((p) => p.id)).size < 2) {
      throw new RetortError('NOTHING_TO_MERGE', `"${args.revisions.join(' ')}" names fewer than two revisions; there is nothing to merge.`, {
        hint: 'See `retort heads`; merge two heads with `retort merge heads -m "merge"`.',
      });
    }
    const path = await writeRevision(ctx, {
      message: args.message ?? '',
      head: parents.map((p) => p.id),
      splice: false,
      branchLabels: args['branch-label'] ?? [],
      dependsOn: [],
      revId: args['rev-id'],
    });
    ctx.output.info(`Generating ${path} ... done`);
    if (ctx.output.quiet) ctx.output.result(path);
  },
});
