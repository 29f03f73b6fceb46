import type { Argv, CommandModule } from 'yargs';
import { CommandContext, type GlobalArgs } from '../context';

export type RetortCommand = CommandModule<GlobalArgs, GlobalArgs>;

/**
 * A command module: a yargs builder for its options, and a handler that receives the parsed
 * arguments (typed by `A`) and a context. The handler returns an exit code or nothing (0).
 */
export function defineCommand<A>(spec: {
  command: string | string[];
  describe: string;
  builder?: (y: Argv<GlobalArgs>) => Argv<unknown>;
  handler: (args: A & GlobalArgs, ctx: CommandContext) => Promise<void | number>;
}): RetortCommand {
  return {
    command: spec.command,
    describe: spec.describe,
    builder: (spec.builder ?? ((y: Argv<GlobalArgs>) => y)) as RetortCommand['builder'],
    handler: async (argv) => {
      const args = argv as unknown as A & GlobalArgs;
      const ctx = new CommandContext(args);
      ctx.xArgs(); // every command validates -x KEY=VALUE, whether or not it passes them on
      const code = await spec.handler(args, ctx);
      if (typeof code === 'number') process.exitCode = code;
    },
  };
}
