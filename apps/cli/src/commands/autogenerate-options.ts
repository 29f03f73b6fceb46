import type { Argv } from 'yargs';
import type { RenameAnswers } from '@retort/autogenerate';
import type { GlobalArgs } from '../context';
import type { CommandContext } from '../context';
import { canPrompt, promptRenames } from '../prompt-renames';

export interface CompareArgs {
  'rename-table'?: string[];
  'rename-column'?: string[];
  interactive?: boolean;
}

/** Options of every command that compares the models with the database. */
export function compareOptions<T>(y: Argv<T>): Argv<T & GlobalArgs> {
  return y
    .option('rename-table', { type: 'string', array: true, describe: 'Treat a dropped+added table as a rename: [schema.]old=new (repeatable)' })
    .option('rename-column', { type: 'string', array: true, describe: 'Treat a dropped+added column as a rename: [schema.]table.old=new (repeatable)' })
    .option('interactive', { type: 'boolean', default: true, describe: 'Ask about possible renames when run in a terminal (--no-interactive never asks)' }) as never;
}

/** Compares models and database for a command, with renames from flags and, in a terminal, prompts. */
export async function compare(ctx: CommandContext, args: CompareArgs, options: { requireHead?: boolean; strict?: boolean } = {}) {
  const ag = await import('@retort/autogenerate');
  const config = await ctx.config();
  const renames: RenameAnswers = {
    tables: (args['rename-table'] ?? []).map(ag.parseTableRename),
    columns: (args['rename-column'] ?? []).map(ag.parseColumnRename),
  };
  const comparison = await ctx.withDriver(async (driver) => {
    if (options.requireHead) await (await ctx.runtime()).assertDatabaseAtHead(config, driver);
    if (options.strict) await (await ctx.runtime()).assertAppliedFilesUnchanged(config, driver);
    return ag.compareWithDatabase(config, driver, {
      renames,
      askRenames: canPrompt(args.interactive) ? promptRenames : undefined,
      onNote: (note) => ctx.output.info(note),
    });
  });
  return { ag, config, comparison };
}
