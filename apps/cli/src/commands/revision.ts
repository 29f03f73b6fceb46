import { RetortError } from '@retort/errors';
import type { NewRevision } from '@retort/runtime';
import { defineCommand } from './define-command';
import type { CommandContext } from '../context';
import { runPostWriteHooks } from '../post-write-hooks';
import { compare, compareOptions, type CompareArgs } from './autogenerate-options';

interface RevisionArgs extends CompareArgs {
  message?: string;
  autogenerate?: boolean;
  'allow-empty'?: boolean;
  'dry-run'?: boolean;
  head?: string;
  splice?: boolean;
  'branch-label'?: string[];
  'depends-on'?: string[];
  'rev-id'?: string;
  'version-path'?: string;
  plan?: string;
}

/** Writes a new revision file (shared by `revision` and `merge`). */
export async function writeRevision(
  ctx: CommandContext,
  options: {
    message: string;
    head: string | string[];
    splice: boolean;
    branchLabels: string[];
    dependsOn: string[];
    revId?: string;
    versionPath?: string;
    body?: { upgrade: string[]; downgrade: string[]; notes: string[] };
  },
): Promise<NewRevision> {
  const config = await ctx.config();
  const rt = await ctx.runtime();
  const codegen = await import('@retort/codegen');
  const plan = rt.planNewRevision(config, { ...options, head: options.head }, (rev) => codegen.revisionFileName(config.fileTemplate, rev, options.message));
  const body = options.body ?? { upgrade: [], downgrade: [], notes: [] };
  const text = await codegen.renderRevisionFile({ ...plan, ...body }, plan.path);
  rt.writeFilesAtomically([{ path: plan.path, content: text }]);
  ctx.output.info(`Generating ${plan.path} ... done`);
  runPostWriteHooks(config.postWriteHooks, plan.path, config.rootDir, (line) => ctx.output.info(line));
  return plan;
}

/** What `revision` and `merge` print once the file is written: its path (--quiet) or JSON (--json). */
function reportWritten(ctx: CommandContext, plan: NewRevision, extra: Record<string, unknown> = {}): void {
  if (ctx.args.json) {
    const list = (v: string | readonly string[] | null) => (v === null ? [] : typeof v === 'string' ? [v] : [...v]);
    ctx.output.data({
      path: plan.path,
      revision: plan.revision,
      downRevisions: list(plan.downRevision),
      branchLabels: list(plan.branchLabels),
      dependsOn: list(plan.dependsOn),
      message: plan.message,
      ...extra,
    });
  } else if (ctx.output.quiet) {
    ctx.output.result(plan.path);
  }
}

/** The summary's `  ⚠ data-loss: …` lines in the colour of their severity. */
function styleHazardNote(line: string, ctx: CommandContext, severity: (code: string) => 'danger' | 'warning'): string {
  const code = /^\s*⚠ ([\w-]+):/.exec(line)?.[1];
  if (code === undefined) return line;
  return severity(code) === 'danger' ? ctx.output.err.danger(line) : ctx.output.err.warning(line);
}

/** Without -m, a message is made up (as Alembic writes "empty message") and said. */
function messageOr(ctx: CommandContext, given: string | undefined, fallback: () => string): string {
  if (given !== undefined && given.trim() !== '') return given;
  const message = fallback();
  ctx.output.info(`No -m/--message given; using "${message}" (the first line of the file: edit it to change it).`);
  return message;
}

export const revisionCommand = defineCommand<RevisionArgs>({
  command: 'revision',
  describe: 'Create a new revision file',
  builder: (y) =>
    compareOptions(y)
      .option('message', {
        alias: 'm',
        type: 'string',
        describe: 'Message (the first line of the file, and its slug)',
      })
      .option('autogenerate', {
        type: 'boolean',
        describe: 'Compare the ORM models with the database and write the operations',
      })
      .option('allow-empty', {
        type: 'boolean',
        describe: 'With --autogenerate: write a file even when nothing changed',
      })
      .option('dry-run', {
        type: 'boolean',
        describe: 'With --autogenerate: print the operations and their SQL, write nothing',
      })
      .option('head', {
        type: 'string',
        describe: 'Revision the new one builds on (default: head)',
      })
      .option('splice', {
        type: 'boolean',
        describe: 'Allow a --head that is not a head (starts a new branch)',
      })
      .option('branch-label', {
        type: 'string',
        array: true,
        describe: 'Branch label for the new revision',
      })
      .option('depends-on', {
        type: 'string',
        array: true,
        describe: 'Revision(s) the new one depends on (repeatable)',
      })
      .option('rev-id', {
        type: 'string',
        describe: 'Use this revision id instead of a generated one',
      })
      .option('version-path', {
        type: 'string',
        describe: 'Version location to write the file into',
      })
      .option('plan', {
        type: 'string',
        choices: ['online', 'simple'],
        describe:
          "With --autogenerate: 'online' (default; config key plan) writes lock-safe forms for existing tables, 'simple' the plain statements",
      })
      .option('json', {
        type: 'boolean',
        describe: 'Print the revision written (path, id, parents) as JSON',
      }),
  examples: [
    ['$0 revision -m "add users"', 'Write a blank revision to fill in by hand'],
    ['$0 revision --autogenerate -m "add users"', 'Compare the models with the database and write the operations'],
    ['$0 revision --autogenerate --dry-run', 'Show what would be written, with the SQL'],
    [
      '$0 revision --autogenerate -m "move users" --renames renames.json',
      'Answer the rename questions from a file (CI, scripts)',
    ],
    [
      '$0 revision --autogenerate --rename-table users=app.members',
      'Move and rename a table instead of dropping it',
    ],
    [
      '$0 revision --autogenerate --plan simple -m "add index"',
      'Write plain statements instead of the lock-safe forms',
    ],
  ],
  async handler(args, ctx) {
    let message = args.message;
    let body: { upgrade: string[]; downgrade: string[]; notes: string[] } | undefined;
    let changes: number | undefined;
    if (args.autogenerate) {
      // a revision file must never guess drop + create for a possible rename
      const { ag, comparison, config } = await compare(ctx, args, {
        requireHead: true,
        requireAnswers: true,
      });
      const { entries } = comparison;
      if (args['dry-run']) {
        ctx.output.result(ag.formatChanges(entries, args.json ? 'json' : 'text', { sql: true, style: ctx.output.out }));
        return;
      }
      if (entries.length === 0 && !args['allow-empty']) {
        if (args.json) ctx.output.data({ path: null, changes: 0 });
        ctx.output.info('No schema changes detected; no revision written (pass --allow-empty to write one anyway).');
        return;
      }
      body = ag.renderMigration(entries, {
        plan: args.plan === 'simple' || args.plan === 'online' ? args.plan : config.plan,
        lockTimeout: config.lockTimeout ?? '5s',
        current: comparison.current,
        target: comparison.target,
        sizes: comparison.sizes,
      });
      for (const line of body.notes) ctx.output.info(styleHazardNote(line, ctx, ag.hazardSeverity));
      message = messageOr(ctx, message, () => ag.describeChanges(entries));
      changes = entries.length;
    }
    const plan = await writeRevision(ctx, {
      body,
      message: messageOr(ctx, message, () => 'empty message'),
      head: args.head ?? 'head',
      splice: args.splice === true,
      branchLabels: args['branch-label'] ?? [],
      dependsOn: args['depends-on'] ?? [],
      revId: args['rev-id'],
      versionPath: args['version-path'],
    });
    reportWritten(ctx, plan, changes === undefined ? {} : { changes });
  },
});

export const mergeCommand = defineCommand<{ revisions: string[]; message?: string; 'branch-label'?: string[]; 'rev-id'?: string; json?: boolean }>({
  command: 'merge <revisions..>',
  describe: 'Merge two or more revisions (e.g. `heads`) into one new revision',
  builder: (y) =>
    y
      .positional('revisions', { type: 'string', array: true, describe: 'Revisions to merge, or "heads"' })
      .option('message', { alias: 'm', type: 'string', describe: 'Message' })
      .option('branch-label', { type: 'string', array: true, describe: 'Branch label for the merge revision' })
      .option('rev-id', { type: 'string', describe: 'Use this revision id instead of a generated one' })
      .option('json', { type: 'boolean', describe: 'Print the merge revision written as JSON' }),
  examples: [
    ['$0 merge heads -m "merge"', 'Join every head into one revision'],
    ['$0 merge ae10 bd22 -m "merge"', 'Join two given revisions'],
  ],
  async handler(args, ctx) {
    const config = await ctx.config();
    const rt = await ctx.runtime();
    const { graph } = rt.loadScriptDirectory(config.versionDirs);
    const parents = rt.resolveRevisions(graph, args.revisions);
    if (new Set(parents.map((p) => p.id)).size < 2) {
      throw new RetortError('NOTHING_TO_MERGE', `"${args.revisions.join(' ')}" names fewer than two revisions; there is nothing to merge.`, {
        hint: 'See `retort heads`; merge two heads with `retort merge heads -m "merge"`.',
      });
    }
    const plan = await writeRevision(ctx, {
      message: messageOr(ctx, args.message, () => `merge ${parents.map((p) => p.id).join(', ')}`),
      head: parents.map((p) => p.id),
      splice: false,
      branchLabels: args['branch-label'] ?? [],
      dependsOn: [],
      revId: args['rev-id'],
    });
    reportWritten(ctx, plan);
  },
});
