import type { Argv } from 'yargs';
import type { RenameAnswers } from '@retort/autogenerate';
import type { GlobalArgs } from '../context';
import type { CommandContext } from '../context';
import { canPrompt, promptRenames } from '../prompt-renames';
import { withTenant } from '../tenants/tenant-compare';
import type { Driver } from '@retort/runtime';

export interface CompareArgs {
  'rename-table'?: string[];
  'rename-column'?: string[];
  interactive?: boolean;
  'allow-empty-model'?: boolean;
  tenant?: string[];
}

/** Options of every command that compares the models with the database. */
export function compareOptions<T>(y: Argv<T>): Argv<T & GlobalArgs> {
  return y
    .option('rename-table', { type: 'string', array: true, describe: 'Treat a dropped+added table as a rename: [schema.]old=new (repeatable)' })
    .option('rename-column', { type: 'string', array: true, describe: 'Treat a dropped+added column as a rename: [schema.]table.old=new (repeatable)' })
    .option('allow-empty-model', { type: 'boolean', default: false, describe: 'Accept models that describe nothing even on a database no revision has touched' })
    .option('interactive', { type: 'boolean', default: true, describe: 'Ask about possible renames when run in a terminal (--no-interactive never asks)' })
    .option('tenant', { type: 'string', array: true, describe: 'Compare with this tenant (default: the first tenant when the config has tenants)' }) as never;
}

/** Compares models and database for a command, with renames from flags and, in a terminal, prompts. */
export async function compare(ctx: CommandContext, args: CompareArgs, options: { requireHead?: boolean; strict?: boolean } = {}) {
  const ag = await import('@retort/autogenerate');
  const config = await ctx.config();
  const renames: RenameAnswers = {
    tables: (args['rename-table'] ?? []).map(ag.parseTableRename),
    columns: (args['rename-column'] ?? []).map(ag.parseColumnRename),
  };
  const run = (cfg: typeof config, driver: Driver, tenantSchema?: string) =>
    (async () => {
      if (options.requireHead) await (await ctx.runtime()).assertDatabaseAtHead(cfg, driver);
      if (options.strict) await (await ctx.runtime()).assertAppliedFilesUnchanged(cfg, driver);
      return ag.compareWithDatabase(cfg, driver, {
        renames,
        askRenames: canPrompt(args.interactive) ? promptRenames : undefined,
        onNote: (note) => ctx.output.info(note),
        tenantSchema,
        allowEmptyModel: args['allow-empty-model'] === true,
      });
    })();
  const comparison = config.tenants !== null || args.tenant?.length ? await withTenant(ctx, args.tenant, run) : await ctx.withDriver((driver) => run(config, driver));
  return { ag, config, comparison };
}
