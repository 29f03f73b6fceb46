import { RetortError } from '@retort/errors';
import { currentHeads, loadScriptDirectory, type Driver, type ResolvedConfig } from '@retort/runtime';

/** Alembic refuses to autogenerate against a database that is not at the head revision(s). */
export async function assertDatabaseAtHead(config: ResolvedConfig, driver: Driver): Promise<void> {
  const { graph } = loadScriptDirectory(config.versionDirs);
  const heads = [...graph.heads].sort();
  const current = (await currentHeads(config, driver)).sort();
  if (heads.join() !== current.join()) {
    throw new RetortError(
      'NOT_AT_HEAD',
      `Target database is not up to date: it is at ${current.join(', ') || 'base'}, the migrations' head is ${heads.join(', ') || 'base'}.`,
      { hint: 'Run `retort upgrade head` first (or `retort stamp head` if the schema is already there).' },
    );
  }
}
