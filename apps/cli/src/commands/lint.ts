import { relative } from 'node:path';
import { RetortError } from '@retort/errors';
import type { LintFormat, LintTarget } from '@retort/lint';
import type { Driver, RevisionHeader } from '@retort/runtime';
import type { CommandContext } from '../context';
import { defineCommand } from './define-command';

type FailOn = 'error' | 'warning' | 'info' | 'never';
interface LintArgs {
  range?: string;
  format: LintFormat;
  json?: boolean;
  'fail-on': FailOn;
  offline?: boolean;
}

/** Connection failures after which lint goes on without the database (all files, no sizes). */
const UNREACHABLE = new Set(['DATABASE_UNREACHABLE', 'DATABASE_TIMEOUT']);

const target = (h: RevisionHeader): LintTarget => ({
  file: h.file,
  revision: h.revision,
  message: h.message,
});

/** The revisions to lint, oldest first: RANGE, else the pending ones (heads known), else every one. */
async function targetsOf(
  ctx: CommandContext,
  range: string | undefined,
  heads: string[] | null,
): Promise<LintTarget[]> {
  const rt = await ctx.runtime();
  const { graph } = rt.loadScriptDirectory((await ctx.config()).versionDirs);
  if (range === undefined && heads !== null)
    return rt.planUpgrade(graph, heads, 'heads').map((s) => target(s.revision));
  return rt
    .listHistory(graph, range ?? null, heads)
    .reverse()
    .map((r) => target(r.header));
}

export const lintCommand = defineCommand<LintArgs>({
  command: 'lint [range]',
  describe:
    'Check revision files for operations that lock busy tables or break running code (rules: docs/lint.md; exit 1 on findings at --fail-on or above)',
  builder: (y) =>
    y
      .positional('range', {
        type: 'string',
        describe:
          'Revisions to lint, as `history -r` takes them (A:B, A:, :B); default: those not yet applied to the database',
      })
      .option('format', {
        type: 'string',
        choices: ['text', 'json', 'markdown'],
        default: 'text',
        describe: 'Output format (markdown: for a pull-request comment)',
      })
      .option('json', { type: 'boolean', describe: 'Print JSON (the same as --format json)' })
      .option('fail-on', {
        type: 'string',
        choices: ['error', 'warning', 'info', 'never'],
        default: 'error',
        describe: 'Exit 1 when an unsuppressed finding has this severity or a higher one',
      })
      .option('offline', {
        type: 'boolean',
        describe: 'Do not connect: lint every revision (or RANGE), without table sizes',
      }),
  examples: [
    ['$0 lint', 'Lint the revisions the database has not applied yet, with table sizes'],
    [
      '$0 lint --offline --fail-on warning',
      'In CI without a database: every revision, failing on warnings too',
    ],
    ['$0 lint ae1027a6acf:head --format markdown', 'A range, as a pull-request comment'],
  ],
  async handler(args, ctx) {
    const lint = await import('@retort/lint');
    const config = await ctx.config();
    const format: LintFormat = args.json ? 'json' : args.format;
    const request = { args: ctx.xArgs(), lockTimeoutConfigured: config.lockTimeout !== null };
    const offline = async () =>
      lint.lintRevisions({ ...request, targets: await targetsOf(ctx, args.range, null), db: null });
    const online = () =>
      ctx.withDriver(async (driver: Driver) => {
        const heads = await (await ctx.runtime()).currentHeads(config, driver);
        return lint.lintRevisions({
          ...request,
          targets: await targetsOf(ctx, args.range, heads),
          db: driver,
        });
      });
    let report;
    if (args.offline) report = await offline();
    else {
      try {
        report = await online();
      } catch (error) {
        if (!(error instanceof RetortError) || !UNREACHABLE.has(error.code)) throw error;
        ctx.output.warn(
          `Warning: ${error.message} Linting ${args.range ? 'the range' : 'every revision'} without table sizes (--offline says so up front).`,
        );
        report = await offline();
      }
    }
    ctx.output.result(
      lint.formatLintReport(report, format, { path: (file) => relative(ctx.cwd, file) }),
    );
    return lint.fails(
      report.files.flatMap((f) => f.findings),
      args['fail-on'],
    )
      ? 1
      : 0;
  },
});
