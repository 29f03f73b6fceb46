import type { Argv } from 'yargs';
import { RetortError } from '@retort/errors';
import type { CommandContext, GlobalArgs } from '../context';
import { MigrationProgress } from '../migration-progress';
import { defineCommand, type Example } from './define-command';
import { tenantRunOptions, wantsTenants, type TenantArgs } from './tenant-options';
import { runForTenants } from '../tenants/tenant-runs';
import { refuseOfflineTenants } from '../tenants/tenant-selection';

interface MigrateArgs extends TenantArgs {
  revision?: string;
  sql?: boolean;
  tag?: string;
  'transaction-per-migration'?: boolean;
  'lock-timeout'?: number;
  'db-lock-timeout'?: string;
  'statement-timeout'?: string;
}

export function runOptions(y: Argv<GlobalArgs>) {
  const own = y
    .option('sql', { type: 'boolean', describe: 'Print the SQL script instead of running it (offline; no connection)' })
    .option('tag', { type: 'string', describe: 'An arbitrary tag, readable by migrations as op.args.tag' })
    .option('transaction-per-migration', { type: 'boolean', describe: 'Commit after each revision instead of once for the run' })
    .option('lock-timeout', { type: 'number', describe: 'Seconds to wait for another retort run to finish (default: 300)' })
    .option('db-lock-timeout', { type: 'string', describe: "PostgreSQL lock_timeout for the migration transaction, e.g. '5s'" })
    .option('statement-timeout', { type: 'string', describe: "PostgreSQL statement_timeout for the migration transaction, e.g. '1min'" })
    .option('json', { type: 'boolean', describe: 'Print the result as JSON (revisions run, timings; with --sql: { "sql" })' });
  // the tenant options come after the command's own, so `--help` lists those first
  return tenantRunOptions(own);
}

/** --sql output: the script as written (never coloured), or `{ "sql": … }` under --json. */
function printScript(ctx: CommandContext, sql: string): void {
  if (ctx.args.json) ctx.output.data({ sql });
  else ctx.output.result(sql);
}

const EXAMPLES: Record<'upgrade' | 'downgrade', Example[]> = {
  upgrade: [
    ['$0 upgrade head', 'Apply every pending revision'],
    ['$0 upgrade +1', 'Apply the next revision only'],
    ['$0 upgrade ae10:head --sql', 'Print the SQL from revision ae10 to head, without connecting'],
  ],
  downgrade: [
    ['$0 downgrade -1', 'Revert the last revision'],
    ['$0 downgrade base', 'Revert every revision'],
    ['$0 downgrade head:ae10 --sql', 'Print the SQL from head down to ae10, without connecting'],
  ],
};

function missingTarget(direction: 'upgrade' | 'downgrade'): RetortError {
  const [first, second] = EXAMPLES[direction].map(([cmd]) => `\`${cmd.replace('$0', 'retort')}\``);
  return new RetortError('MISSING_TARGET', `Name the revision to ${direction} to.`, {
    hint: `For example ${first} or ${second}; see \`retort ${direction} --help\`.`,
    exitCode: 2,
  });
}

/** --lock-timeout is given in seconds; the runtime takes milliseconds. */
const lockTimeoutOf = (args: MigrateArgs) => (args['lock-timeout'] === undefined ? undefined : args['lock-timeout'] * 1000);

function migrateCommand(direction: 'upgrade' | 'downgrade') {
  return defineCommand<MigrateArgs>({
    command: `${direction} [revision]`,
    describe:
      direction === 'upgrade'
        ? 'Upgrade to a later revision (head, heads, +N, an id, branch@head, or A:B with --sql)'
        : 'Revert to an earlier revision (base, -N, an id, branch@-N, or A:B with --sql)',
    builder: (y) => runOptions(y).positional('revision', { type: 'string', describe: 'Target revision' }),
    examples: EXAMPLES[direction],
    async handler(args, ctx) {
      const target = args.revision;
      if (target === undefined || target === '') throw missingTarget(direction);
      const rt = await ctx.runtime();
      const config = await ctx.config();
      const xArgs = { ...ctx.xArgs(), ...(args.tag !== undefined ? { tag: args.tag } : {}) };
      if (args.sql && wantsTenants(args)) refuseOfflineTenants(config);
      if (args.sql) {
        printScript(ctx, await rt.offlineMigrate({ config, direction, target, args: xArgs, transactionPerMigration: args['transaction-per-migration'] }));
        return;
      }
      const progress = new MigrationProgress(ctx.output, direction, target);
      const lockTimeoutMs = lockTimeoutOf(args);
      const run = {
        args: xArgs,
        transactionPerMigration: args['transaction-per-migration'],
        lockTimeoutMs,
        settings: { lockTimeout: args['db-lock-timeout'], statementTimeout: args['statement-timeout'] },
        // tenants too: each retry is said on stderr (the tenant report keeps outcomes only)
        onLockRetry: progress.onLockRetry,
      };
      if (wantsTenants(args)) {
        return runForTenants(ctx, args, direction, run, (rt, base) => rt.migrateTenants({ ...base, direction, target }));
      }
      const result = await ctx.withDriver(
        (driver) =>
          rt.migrate({
            config,
            driver,
            direction,
            target,
            ...run,
            onWaiting: (m) => ctx.output.info(m),
            onStep: progress.onStep,
            onWarning: (m) => ctx.output.warn(m),
          }),
        lockTimeoutMs,
      );
      progress.finish(result);
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
  examples: [
    ['$0 stamp head', 'Mark the database as up to date without running anything'],
    ['$0 stamp base --purge', 'Empty the version table'],
    ['$0 stamp head --sql', 'Print the version-table SQL instead'],
  ],
  async handler(args, ctx) {
    const rt = await ctx.runtime();
    const config = await ctx.config();
    if (args.sql && wantsTenants(args)) refuseOfflineTenants(config);
    if (args.sql) {
      printScript(ctx, await rt.offlineStamp({ config, targets: args.revisions, purge: args.purge === true, args: ctx.xArgs() }));
      return;
    }
    const progress = new MigrationProgress(ctx.output, 'stamp', args.revisions.join(' '));
    const lockTimeoutMs = lockTimeoutOf(args);
    if (wantsTenants(args)) {
      return runForTenants(ctx, args, 'stamp', { lockTimeoutMs }, (rt, base) =>
        rt.stampTenants({ ...base, targets: args.revisions, purge: args.purge === true }),
      );
    }
    const result = await ctx.withDriver(
      (driver) =>
        rt.stamp({
          config,
          driver,
          targets: args.revisions,
          purge: args.purge === true,
          lockTimeoutMs,
          onWaiting: (m) => ctx.output.info(m),
          onStep: progress.onStep,
          onWarning: (m) => ctx.output.warn(m),
        }),
      lockTimeoutMs,
    );
    progress.finish(result);
  },
});
