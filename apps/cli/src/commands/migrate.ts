import type { Argv } from 'yargs';
import type { GlobalArgs } from '../context';
import { defineCommand } from './define-command';

interface MigrateArgs {
  revision: string;
  sql?: boolean;
  tag?: string;
  'transaction-per-migration'?: boolean;
  'lock-timeout'?: number;
  'db-lock-timeout'?: string;
  'statement-timeout'?: string;
}

export function runOptions(y: Argv<GlobalArgs>) {
  return y
    .option('sql', { type: 'boolean', describe: 'Print the SQL script instead of running it (offline; no connection)' })
    .option('tag', { type: 'string', describe: 'An arbitrary tag, readable by migrations as op.args.tag' })
    .option('transaction-per-migration', { type: 'boolean', describe: 'Commit after each revision instead of once for the run' })
    .option('lock-timeout', { type: 'number', describe: 'Seconds to wait for another retort run to finish (default: 300)' })
    .option('db-lock-timeout', { type: 'string', describe: "PostgreSQL lock_timeout for the migration transaction, e.g. '5s'" })
    .option('statement-timeout', { type: 'string', describe: "PostgreSQL statement_timeout for the migration transaction, e.g. '1min'" });
}

/** --lock-timeout is given in seconds; the runtime takes milliseconds. */
const lockTimeoutOf = (args: MigrateArgs) => (args['lock-timeout'] === undefined ? undefined : args['lock-timeout'] * 1000);

function migrateCommand(direction: 'upgrade' | 'downgrade') {
  return defineCommand<MigrateArgs>({
    command: `${direction} <revision>`,
    describe:
      direction === 'upgrade'
        ? 'Upgrade to a later revision (head, heads, +N, an id, branch@head, or A:B with --sql)'
        : 'Revert to an earlier revision (base, -N, an id, branch@-N, or A:B with --sql)',
    builder: (y) => runOptions(y).positional('revision', { type: 'string', demandOption: true, describe: 'Target revision' }),
    async handler(args, ctx) {
      const rt = await ctx.runtime();
      const config = await ctx.config();
      const xArgs = { ...ctx.xArgs(), ...(args.tag !== undefined ? { tag: args.tag } : {}) };
      if (args.sql) {
        ctx.output.result(
          await rt.offlineMigrate({ config, direction, target: args.revision, args: xArgs, transactionPerMigration: args['transaction-per-migration'] }),
        );
        return;
      }
      const lockTimeoutMs = lockTimeoutOf(args);
      const result = await ctx.withDriver(
        (driver) =>
          rt.migrate({
            config,
            driver,
            direction,
            target: args.revision,
            args: xArgs,
            transactionPerMigration: args['transaction-per-migration'],
            lockTimeoutMs,
            settings: { lockTimeout: args['db-lock-timeout'], statementTimeout: args['statement-timeout'] },
            onWaiting: (m) => ctx.output.info(m),
            onStep: (step) => ctx.output.info(`Running ${direction} ${step.label}`),
            onWarning: (m) => ctx.output.warn(m),
          }),
        lockTimeoutMs,
      );
      if (result.steps.length === 0) ctx.output.info(`Nothing to ${direction}: the database is already at ${args.revision}.`);
    },
  });
}

export const upgradeCommand = migrateCommand('upgrade');
export const downgradeCommand = migrateCommand('downgrade');

export const stampCommand = defineCommand<MigrateArgs & { revisions: string[]; purge?: boolean }>({
  command: 'stamp <revisions..>',
  describe: "Set the version table to the given revision(s) without running migrations",
  builder: (y) =>
    runOptions(y)
      .positional('revisions', { type: 'string', array: true, describe: 'Revision(s) to stamp, e.g. head or base' })
      .option('purge', { type: 'boolean', describe: 'Delete every row of the version table first' }),
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const config = await ctx.config();
    if (args.sql) {
      ctx.output.result(await rt.offlineStamp({ config, targets: args.revisions, purge: args.purge === true, args: ctx.xArgs() }));
      return;
    }
    const lockTimeoutMs = lockTimeoutOf(args);
    await ctx.withDriver(
      (driver) =>
        rt.stamp({
          config,
          driver,
          targets: args.revisions,
          purge: args.purge === true,
          lockTimeoutMs,
          onWaiting: (m) => ctx.output.info(m),
          onStep: (step) => ctx.output.info(`Running stamp_revision ${step.label}`),
          onWarning: (m) => ctx.output.warn(m),
        }),
      lockTimeoutMs,
    );
  },
});
