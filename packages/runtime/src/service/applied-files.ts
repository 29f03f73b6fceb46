import { RetortError } from '@retort/errors';
import type { ResolvedConfig } from '../config/config-types';
import type { Driver } from '../drivers/driver';
import { getRevision } from '../graph/revision-resolver';
import { acquireMigrationLock } from '../migrator/migration-lock';
import { MigrationSession } from '../migrator/migration-session';
import { loadScriptDirectory } from '../script/script-directory';
import { changedAppliedFiles, changedFilesMessage, CHANGED_FILES_HINT, type ChangedFile } from '../version/changed-files';
import { fileChecksum, readChecksums, recordChecksumSql } from '../version/checksum-table';

/** Applied revision files edited since they were applied (empty when none, or none recorded). */
export function findChangedFiles(config: ResolvedConfig, driver: Driver): Promise<ChangedFile[]> {
  return changedAppliedFiles(driver, config.versionTable, loadScriptDirectory(config.versionDirs).graph);
}

/** `check --strict`: an applied file that changed is an error. */
export async function assertAppliedFilesUnchanged(config: ResolvedConfig, driver: Driver): Promise<void> {
  const changed = await findChangedFiles(config, driver);
  if (changed.length) throw new RetortError('APPLIED_FILE_CHANGED', changedFilesMessage(changed), { hint: CHANGED_FILES_HINT });
}

/** `accept-edit REV…`: records the current checksum of applied revision files edited on purpose. */
export async function acceptEdits(config: ResolvedConfig, driver: Driver, revisions: readonly string[]): Promise<string[]> {
  const { graph } = loadScriptDirectory(config.versionDirs);
  const release = await acquireMigrationLock(driver, config.versionTable, { timeoutMs: config.migrationLockTimeoutMs });
  const session = new MigrationSession(driver, { lockTimeout: null, statementTimeout: null });
  try {
    const stored = await readChecksums(driver, config.versionTable);
    const accepted: string[] = [];
    await session.begin();
    for (const name of revisions) {
      const rev = getRevision(graph, name);
      if (!rev || !stored.has(rev.id)) {
        throw new RetortError('NOT_APPLIED', `"${name}" names no applied revision with a recorded checksum.`, {
          hint: 'Only applied revisions have checksums; `retort current` shows the database state.',
        });
      }
      await session.run(recordChecksumSql(config.versionTable, rev.id, fileChecksum(rev.header.file)));
      accepted.push(rev.id);
    }
    await session.commit();
    return accepted;
  } finally {
    await session.rollback().catch(() => {});
    await release().catch(() => {});
  }
}
