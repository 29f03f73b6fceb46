import { existsSync } from 'node:fs';
import type { Queryable } from '../drivers/driver';
import type { RevisionGraph } from '../graph/revision-graph';
import { fileChecksum, readChecksums } from './checksum-table';
import type { VersionTableName } from './version-table';

export interface ChangedFile {
  revision: string;
  file: string;
}

/** Applied revisions whose file no longer has the checksum recorded when it was applied. */
export async function changedAppliedFiles(db: Queryable, t: VersionTableName, graph: RevisionGraph): Promise<ChangedFile[]> {
  const stored = await readChecksums(db, t);
  const changed: ChangedFile[] = [];
  for (const [revision, checksum] of [...stored].sort(([a], [b]) => a.localeCompare(b))) {
    const file = graph.get(revision)?.header.file;
    if (file && existsSync(file) && fileChecksum(file) !== checksum) changed.push({ revision, file });
  }
  return changed;
}

/** The warning `upgrade`, `downgrade` and `current` print, and `check --strict` fails with. */
export function changedFilesMessage(changed: readonly ChangedFile[]): string {
  const lines = changed.map((c) => `  ${c.revision} (${c.file})`);
  return `Applied revision file(s) changed since they were applied:\n${lines.join('\n')}`;
}

export const CHANGED_FILES_HINT =
  'An applied file is not run again, so the edit does not reach this database. Revert the edit and write a new revision, or, if it is intentional (a comment, a fix already applied by hand), run `retort accept-edit REV…`.';
