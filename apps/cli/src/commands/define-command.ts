import type { Argv, CommandModule } from 'yargs';
import { CommandContext, type GlobalArgs } from '../context';

export type RetortCommand = CommandModule<GlobalArgs, GlobalArgs>;

/** `[command line, what it does]`, shown under "Examples:" in the command's --help. */
export type Example = readonly [string, string];

/**
 * A command module: a yargs builder for its options, and a handler that receives the parsed
 * arguments (typed by `A`) and a context. The handler returns an exit code or nothing (0).
 */
export function defineCommand<A>(spec: {
  command: string | string[];
  describe: string;
  builder?: (y: Argv<GlobalArgs>) => Argv<unknown>;
  examples?: readonly Example[];
  handler: (args: A & GlobalArgs, ctx: CommandContext) => Promise<void | number>;
}): RetortCommand {
  return {
    command: spec.command,
    describe: spec.describe,
    builder: ((y: Argv<GlobalArgs>) => withOwnOptionsFirst(y, spec.builder, spec.examples ?? [])) as RetortCommand['builder'],
    handler: async (argv) => {
      const args = argv as unknown as A & GlobalArgs;
      const ctx = new CommandContext(args);
      ctx.xArgs(); // every command validates -x KEY=VALUE, whether or not it passes them on
      const code = await spec.handler(args, ctx);
      if (typeof code === 'number') process.exitCode = code;
    },
  };
}

/** The parts of yargs' instance API that its typings leave out. */
interface Introspectable {
  getOptions(): { key: Record<string, unknown>; alias: Record<string, string[]> };
  getGroups(): Record<string, string[]>;
}

/** yargs lists named groups before "Options:"; naming the command's own group puts it above the global one. */
function withOwnOptionsFirst(y: Argv<GlobalArgs>, builder: ((y: Argv<GlobalArgs>) => Argv<unknown>) | undefined, examples: readonly Example[]) {
  const before = new Set(Object.keys((y as unknown as Introspectable).getOptions().key));
  const built = (builder ? builder(y) : y) as Argv<GlobalArgs>;
  const { key, alias } = (built as unknown as Introspectable).getOptions();
  const skip = new Set([...before, ...Object.values((built as unknown as Introspectable).getGroups()).flat(), ...Object.values(alias).flat()]);
  const own = Object.keys(key).filter((k) => !skip.has(k));
  let out = own.length ? built.group(own, 'Options:') : built;
  for (const [cmd, description] of examples) out = out.example(cmd, description);
  return out;
}
