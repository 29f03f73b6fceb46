import { RetortError } from '@retort/errors';
import type { ResolvedConfig } from '../config/config-types';
import type { Driver } from '../drivers/driver';
import { planUpgrade } from '../graph/plan-migration';
import type { RevisionGraph } from '../graph/revision-graph';
import { MigrationSession } from '../migrator/migration-session';
import { loadScriptDirectory } from '../script/script-directory';
import { readVersionHeads, ensureVersionTable } from '../version/version-table';

/** The version table's rows (the database's current heads); [] when the table does not exist. */
export function currentHeads(config: ResolvedConfig, driver: Driver): Promise<string[]> {
  return readVersionHeads(driver, config.versionTable);
}

/**
 * Alembic's DatabaseNotAtHead: the version table must hold exactly the heads of the scripts
 * (`current --check-heads`, and before autogenerate).
 */
export async function assertDatabaseAtHead(config: ResolvedConfig, driver: Driver): Promise<void> {
  const { graph } = loadScriptDirectory(config.versionDirs);
  const heads = [...graph.heads].sort();
  const current = (await currentHeads(config, driver)).sort();
  if (heads.join() !== current.join()) {
    throw new RetortError(
      'NOT_AT_HEAD',
      `Target database is not up to date: it is at ${current.join(', ') || 'base'}, the migrations' head is ${heads.join(', ') || 'base'}.${pendingLines(graph, current)}`,
      {
        hint:
          heads.length > 1
            ? `The migrations have ${heads.length} heads: run \`retort upgrade heads\` to apply them all, or \`retort merge heads -m "merge"\` and then \`retort upgrade head\`.`
            : 'Run `retort upgrade head` first (or `retort stamp head` if the schema is already there).',
        exitCode: NOT_AT_HEAD_EXIT,
      },
    );
  }
}

/** The exit code of NOT_AT_HEAD, distinct from `check`'s "changes detected" (1). */
export const NOT_AT_HEAD_EXIT = 3;

/** "Pending revisions:" and one line per revision not yet applied, oldest first. */
function pendingLines(graph: RevisionGraph, current: readonly string[]): string {
  let steps;
  try {
    steps = planUpgrade(graph, current, 'heads');
  } catch {
    return '';
  }
  if (steps.length === 0) return '';
  const lines = steps.map((s) => `  ${s.revision.revision}${s.revision.message ? `, ${s.revision.message}` : ''}`);
  return `\nPending revisions:\n${lines.join('\n')}`;
}

/** `ensure-version`: creates the version table if it does not exist. */
export async function ensureVersion(config: ResolvedConfig, driver: Driver): Promise<void> {
  const session = new MigrationSession(driver, { lockTimeout: null, statementTimeout: null });
  await session.begin();
  try {
    await ensureVersionTable(driver, config.versionTable);
    await session.commit();
  } finally {
    await session.rollback();
  }
}
