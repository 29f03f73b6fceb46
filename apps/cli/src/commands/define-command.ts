import type { Argv, CommandModule } from 'yargs';
import { CommandContext, type GlobalArgs } from '../context';

/** A command module: yargs builder for its options, and a handler that gets a context. */
export function defineCommand<A>(spec: {
  command: string | string[];
  describe: string;
  builder?: (y: Argv<GlobalArgs>) => Argv<A>;
  handler: (args: A & GlobalArgs, ctx: CommandContext) => Promise<void | number>;
}): CommandModule<GlobalArgs, A> {
  return {
    command: spec.command,
    describe: spec.describe,
    builder: (spec.builder ?? ((y) => y)) as never,
    handler: async (argv) => {
      const args = argv as unknown as A & GlobalArgs;
      const code = await spec.handler(args, new CommandContext(args));
      if (typeof code === 'number') process.exitCode = code;
    },
  };
}
