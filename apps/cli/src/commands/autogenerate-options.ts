import type { Argv } from 'yargs';
import { RetortError } from '@retort/errors';
import type { RenameAnswers } from '@retort/autogenerate';
import type { GlobalArgs } from '../context';
import type { CommandContext } from '../context';
import { canPrompt, promptRenames } from '../prompt-renames';
import { withTenant } from '../tenants/tenant-compare';
import type { Driver } from '@retort/runtime';

export interface CompareArgs {
  renames?: string;
  'rename-schema'?: string[];
  'rename-table'?: string[];
  'rename-enum'?: string[];
  'rename-sequence'?: string[];
  'rename-column'?: string[];
  interactive?: boolean;
  'allow-empty-model'?: boolean;
  tenant?: string[];
}

/** Options of every command that compares the models with the database. */
export function compareOptions<T>(y: Argv<T>): Argv<T & GlobalArgs> {
  return y
    .option('renames', { type: 'string', describe: 'JSON file answering the rename questions (docs/renames.md)' })
    .option('rename-schema', { type: 'string', array: true, describe: 'Treat a dropped+added schema as a rename: old=new (repeatable)' })
    .option('rename-table', { type: 'string', array: true, describe: 'Treat a dropped+added table as a rename or move: [schema.]old=[schema.]new (repeatable)' })
    .option('rename-enum', { type: 'string', array: true, describe: 'Treat a dropped+added enum as a rename or move: [schema.]old=[schema.]new (repeatable)' })
    .option('rename-sequence', { type: 'string', array: true, describe: 'Treat a dropped+added sequence as a rename or move: [schema.]old=[schema.]new (repeatable)' })
    .option('rename-column', { type: 'string', array: true, describe: 'Treat a dropped+added column as a rename: [schema.]table.old=new (repeatable)' })
    .option('allow-empty-model', { type: 'boolean', default: false, describe: 'Accept models that describe nothing even on a database no revision has touched' })
    .option('interactive', { type: 'boolean', default: true, describe: 'Ask about possible renames when run in a terminal (--no-interactive never asks)' })
    .option('tenant', { type: 'string', array: true, describe: 'Compare with this tenant (default: the first tenant when the config has tenants)' }) as never;
}

/** Compares models and database for a command, with renames from flags and, in a terminal, prompts. */
export async function compare(ctx: CommandContext, args: CompareArgs, options: { requireHead?: boolean; strict?: boolean; requireAnswers?: boolean } = {}) {
  const ag = await import('@retort/autogenerate');
  const config = await ctx.config();
  const flags: RenameAnswers = {
    schemas: (args['rename-schema'] ?? []).map(ag.parseSchemaRename),
    tables: (args['rename-table'] ?? []).map(ag.parseTableRename),
    enums: (args['rename-enum'] ?? []).map((t) => ag.parseObjectRename('--rename-enum', t)),
    sequences: (args['rename-sequence'] ?? []).map((t) => ag.parseObjectRename('--rename-sequence', t)),
    columns: (args['rename-column'] ?? []).map(ag.parseColumnRename),
  };
  const renames = args.renames === undefined ? flags : ag.mergeAnswers(ag.parseRenamesFile(await readRenamesFile(args.renames), args.renames), flags);
  const run = (cfg: typeof config, driver: Driver, tenantSchema?: string) =>
    (async () => {
      if (options.requireHead) await (await ctx.runtime()).assertDatabaseAtHead(cfg, driver);
      if (options.strict) await (await ctx.runtime()).assertAppliedFilesUnchanged(cfg, driver);
      return ag.compareWithDatabase(cfg, driver, {
        renames,
        askRenames: canPrompt(args.interactive) ? promptRenames : undefined,
        requireAnswers: options.requireAnswers,
        onNote: (note) => ctx.output.info(note),
        tenantSchema,
        allowEmptyModel: args['allow-empty-model'] === true,
      });
    })();
  const comparison = config.tenants !== null || args.tenant?.length ? await withTenant(ctx, args.tenant, run) : await ctx.withDriver((driver) => run(config, driver));
  return { ag, config, comparison };
}

async function readRenamesFile(file: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new RetortError('BAD_RENAMES_FILE', `Cannot read the renames file ${file}: ${(error as Error).message}`, {
      hint: 'Pass the path of a JSON file (docs/renames.md), relative to the current directory.',
      exitCode: 2,
    });
  }
}
