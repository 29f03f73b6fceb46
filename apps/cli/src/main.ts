import yargs from 'yargs';
import { RetortError } from '@retort/errors';
import { commands } from './commands';
import { joinDashValues, wantsJson } from './argv';
import { Output } from './output';
import { EXIT, reportError } from './report-error';

export { EXIT } from './report-error';

const GLOBAL_OPTIONS = ['config', 'url', 'x', 'quiet', 'debug', 'help', 'version'];
const COMMAND_NAMES = commands.map((c) => String(c.command).split(' ')[0]);

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
    .demandCommand(1, `Name a command: ${COMMAND_NAMES.join(', ')}.`)
    .recommendCommands()
    .help()
    .alias('help', 'h')
    .version()
    .group(GLOBAL_OPTIONS, 'Global options:')
    .epilogue('Run `retort <command> --help` for the options and examples of a command. NO_COLOR=1 turns colour off.')
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
    const parser = buildParser(joinDashValues(argv));
    if (argv.length === 0) {
      // bare `retort`: the command list, as `retort --help` prints it
      new Output({ quiet: false }).result(await parser.getHelp());
      return EXIT.ok;
    }
    await parser.parseAsync();
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    return reportError(error, new Output({ quiet: false, json: wantsJson(argv) }), debug);
  }
}
