import { unlinkSync } from 'node:fs';
import { RetortError } from '@retort/errors';
import { defineCommand } from './define-command';
import { writeRevision } from './revision';

interface AdoptArgs {
  message: string;
  'allow-drift'?: boolean;
  'rev-id'?: string;
}

/**
 * Alembic's recipe for an existing database, in one command: write the first revision from the
 * models (as if the database were empty) and stamp the database at it without running it.
 */
export const adoptCommand = defineCommand<AdoptArgs>({
  command: 'adopt',
  describe: 'Start managing an existing database: write a baseline revision from the models and stamp the database at it (nothing is run)',
  builder: (y) =>
    y
      .option('message', { alias: 'm', type: 'string', default: 'baseline', describe: 'Message of the baseline revision' })
      .option('allow-drift', { type: 'boolean', describe: 'Adopt even when the database differs from the models (the next autogenerate captures the difference)' })
      .option('rev-id', { type: 'string', describe: 'Use this revision id instead of a generated one' }),
  async handler(args, ctx) {
    const config = await ctx.config();
    const rt = await ctx.runtime();
    const existing = rt.loadScriptDirectory(config.versionDirs).graph.heads.length;
    if (existing > 0) {
      throw new RetortError('ALREADY_ADOPTED', `adopt writes the first revision, but ${config.versionDirs[0]} already holds revisions.`, {
        hint: 'To mark a database as being at an existing revision, run `retort stamp <rev>` (e.g. `retort stamp head`).',
      });
    }
    const ag = await import('@retort/autogenerate');
    await ctx.withDriver(async (driver) => {
      const stamped = await rt.currentHeads(config, driver);
      if (stamped.length > 0) {
        throw new RetortError('ALREADY_STAMPED', `The database is already stamped at ${stamped.join(', ')}, which no revision file defines.`, {
          hint: 'Restore the missing revision files, or clear the version table with `retort stamp base --purge` before adopting.',
        });
      }
      const { entries: drift, current, target } = await ag.compareWithDatabase(config, driver, { onNote: (note) => ctx.output.info(note) });
      if (drift.length > 0 && !args['allow-drift']) {
        ctx.output.info(ag.formatChanges(drift, 'text', { sql: true }));
        throw new RetortError('DATABASE_DRIFT', `The database differs from the models (${drift.length} operation(s) above); a baseline would not describe it.`, {
          hint: 'Bring them in line first (fix the models, or apply them with your ORM), or pass --allow-drift and capture the difference with `retort revision --autogenerate` next.',
        });
      }
      // the baseline describes the database; with drift allowed, the next autogenerate holds the difference
      const baseline = ag.baselineEntries(config, drift.length > 0 ? current : target);
      if (baseline.length === 0) {
        throw new RetortError('NOTHING_TO_ADOPT', 'The models declare nothing (no tables, enums or sequences in scope) to write a baseline from.', {
          hint: 'Check schema: and filter: in retort.config.ts; a project with no tables yet starts with `retort revision --autogenerate`.',
        });
      }
      const body = ag.renderMigration(baseline);
      const { path, revision } = await writeRevision(ctx, { body, message: args.message, head: 'head', splice: false, branchLabels: [], dependsOn: [], revId: args['rev-id'] });
      try {
        await rt.stamp({ config, driver, targets: [revision], purge: false, onStep: (step) => ctx.output.info(`Running stamp_revision ${step.label}`) });
      } catch (error) {
        unlinkSync(path);
        throw error;
      }
      ctx.output.info(`Adopted: the database is at ${revision} (${body.notes[0]}), nothing was run.`);
      if (drift.length > 0) ctx.output.warn(`The database still differs from the models in ${drift.length} operation(s): run \`retort revision --autogenerate\`.`);
    });
  },
});
