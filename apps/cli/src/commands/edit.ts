import { spawnSync } from 'node:child_process';
import { RetortError } from '@retort/errors';
import { defineCommand } from './define-command';

export const editCommand = defineCommand<{ revision: string }>({
  command: 'edit <revision>',
  describe: 'Open a revision file in $EDITOR (or $VISUAL)',
  builder: (y) => y.positional('revision', { type: 'string', demandOption: true, describe: 'Revision id, prefix, head, …' }),
  examples: [
    ['$0 edit head', 'Open the newest revision'],
    ['EDITOR=code $0 edit ae10', 'Open a revision in another editor'],
  ],
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const { graph } = rt.loadScriptDirectory((await ctx.config()).versionDirs);
    const revisions = rt.resolveRevisions(graph, args.revision);
    if (revisions.length !== 1) {
      throw new RetortError('UNKNOWN_REVISION', `"${args.revision}" names ${revisions.length === 0 ? 'no revision' : 'several revisions'}.`, {
        hint: 'Name exactly one revision (see `retort history`).',
      });
    }
    const editor = process.env.VISUAL || process.env.EDITOR;
    if (!editor) {
      throw new RetortError('NO_EDITOR', 'Neither $VISUAL nor $EDITOR is set.', { hint: `Set EDITOR, or open ${revisions[0]!.header.file} yourself.` });
    }
    const result = spawnSync(`${editor} "${revisions[0]!.header.file.replace(/"/g, '\\"')}"`, { stdio: 'inherit', shell: true });
    if (result.status !== 0) {
      throw new RetortError('EDITOR_FAILED', `The editor "${editor}" exited with status ${result.status}.`, { hint: 'Check $EDITOR.' });
    }
  },
});

export const ensureVersionCommand = defineCommand<{ sql?: boolean }>({
  command: 'ensure-version',
  describe: 'Create the version table if it does not exist',
  builder: (y) => y.option('sql', { type: 'boolean', describe: 'Print the SQL instead of running it' }),
  examples: [
    ['$0 ensure-version', 'Create the version table now'],
    ['$0 ensure-version --sql', 'Print its CREATE TABLE instead'],
  ],
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const config = await ctx.config();
    if (args.sql) {
      ctx.output.result(await rt.renderOfflineScript([], { versionTable: config.versionTable, transactionPerMigration: false, args: {}, title: 'ensure-version', createVersionTable: true }));
      return;
    }
    await ctx.withDriver((driver) => rt.ensureVersion(config, driver));
    ctx.output.info(`Version table ${rt.qualifiedVersionTable(config.versionTable)} is in place.`);
  },
});
