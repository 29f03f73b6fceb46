import yargs from 'yargs';
import { RetortError, maskUrl } from '@retort/errors';
import { commands } from './commands';

/** Exit codes (documented in README "Exit codes"). */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

class UsageError extends RetortError {
  constructor(message: string) {
    super('USAGE', message, { hint: 'See `retort --help` or `retort <command> --help`.', exitCode: EXIT.usage });
  }
}

export function buildParser(argv: string[]) {
  let parser = yargs(argv)
    .scriptName('retort')
    .usage('$0 <command> [options]\n\nAlembic-style schema migrations for Drizzle and TypeORM on PostgreSQL.')
    .option('config', { alias: 'c', type: 'string', describe: 'Path to retort.config.ts (default: found by walking up from the current folder)', global: true })
    .option('url', { type: 'string', describe: 'Database URL (overrides the config and RETORT_DATABASE_URL)', global: true })
    .option('connect-timeout', { type: 'number', describe: 'Seconds to wait for a PostgreSQL server to answer (default: 10, config connectTimeout)', global: true })
    .option('x', { type: 'string', array: true, describe: 'KEY=VALUE passed to migration files as op.args (repeatable)', global: true })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'Print only results and errors', global: true })
    .option('debug', { type: 'boolean', describe: 'Show stack traces of errors', global: true })
    .strict()
    .demandCommand(1, 'Name a command (see the list above).')
    .recommendCommands()
    .help()
    .alias('help', 'h')
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  for (const command of commands) parser = parser.command(command as never);
  return parser;
}

/** Runs the CLI; the only place that turns errors into messages and exit codes. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    await buildParser(argv).parseAsync();
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return report(error, debug);
  }
}

function report(error: unknown, debug: boolean): number {
  if (error instanceof RetortError) {
    process.stderr.write(`Error: ${maskUrl(error.message)}\n`);
    if (error.hint) process.stderr.write(`Hint: ${maskUrl(error.hint)}\n`);
    if (debug && error.stack) process.stderr.write(`${maskUrl(error.stack)}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack) process.stderr.write(`Caused by: ${maskUrl(error.cause.stack)}\n`);
    return error.exitCode;
  }
  const err = error as Error;
  process.stderr.write(`Internal error: ${maskUrl(String(err?.message ?? error))}\n`);
  process.stderr.write(debug && err?.stack ? `${maskUrl(err.stack)}\n` : 'Run again with --debug for the stack trace, and please report it.\n');
  return EXIT.internal;
}
