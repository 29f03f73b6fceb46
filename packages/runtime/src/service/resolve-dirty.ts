import { RetortError } from '@retort/errors';
import type { ResolvedConfig } from '../config/config-types';
import type { Driver } from '../drivers/driver';
import { applyStepToHeads } from '../graph/head-maintainer';
import { acquireMigrationLock } from '../migrator/migration-lock';
import { MigrationSession } from '../migrator/migration-session';
import { loadScriptDirectory } from '../script/script-directory';
import { fileChecksum, forgetChecksumSql, recordChecksumSql } from '../version/checksum-table';
import { applyVersionChange, clearDirtySql, readVersionRows } from '../version/version-table';

export interface ResolveRequest {
  config: ResolvedConfig;
  driver: Driver;
  revision: string;
  /** 'applied': the half-applied step is now complete; 'rolled-back': its changes are undone. */
  as: 'applied' | 'rolled-back';
}

/**
 * `retort resolve REV --applied|--rolled-back`: clears the dirty mark of a half-applied
 * revision once the user has finished or undone it by hand; `applied` also records the step
 * in the version table as if it had finished. Returns the heads afterwards.
 */
export async function resolveDirty(req: ResolveRequest): Promise<string[]> {
  const { config, driver } = req;
  const release = await acquireMigrationLock(driver, config.versionTable, { timeoutMs: config.migrationLockTimeoutMs });
  const session = new MigrationSession(driver, { lockTimeout: null, statementTimeout: null });
  try {
    const rows = await readVersionRows(driver, config.versionTable);
    const row = rows.find((r) => r.dirty !== null && (r.revision === req.revision || r.revision.startsWith(req.revision)));
    if (!row?.dirty) {
      const dirty = rows.filter((r) => r.dirty !== null).map((r) => r.revision);
      throw new RetortError('NOT_DIRTY', `Revision ${req.revision} is not marked half-applied in the version table.`, {
        hint: dirty.length ? `The half-applied revision is ${dirty.join(', ')}.` : 'Nothing needs resolving; `retort current` shows the database state.',
      });
    }
    const direction = row.dirty;
    const heads = rows.filter((r) => r.dirty !== 'up').map((r) => r.revision);
    await session.begin();
    await session.run(clearDirtySql(config.versionTable, row.revision, direction));
    let after = heads;
    if (req.as === 'applied') {
      const { graph } = loadScriptDirectory(config.versionDirs);
      const header = graph.get(row.revision)?.header;
      if (!header) {
        throw new RetortError('UNKNOWN_REVISION', `Revision ${row.revision} has no file in the version locations.`, {
          hint: 'Restore its revision file, or resolve it with --rolled-back.',
        });
      }
      const next = applyStepToHeads(graph, heads, { kind: 'revision', revision: header, direction });
      for (const change of next.changes) await applyVersionChange(driver, config.versionTable, change);
      await session.run(
        direction === 'up'
          ? recordChecksumSql(config.versionTable, row.revision, fileChecksum(header.file))
          : forgetChecksumSql(config.versionTable, row.revision),
      );
      after = next.heads;
    }
    await session.commit();
    return after;
  } finally {
    await session.rollback().catch(() => {});
    await release().catch(() => {});
  }
}
