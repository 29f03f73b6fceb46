import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Writes each file to a temporary sibling, then renames them all into place. If anything fails
 * before the renames, no target file is touched; a failure in a rename removes what was placed.
 * Existing targets are never overwritten unless `overwrite` is set.
 */
export function writeFilesAtomically(files: { path: string; content: string }[], options: { overwrite?: boolean } = {}): void {
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const tmp = join(dirname(file.path), `.${basename(file.path)}.${randomBytes(4).toString('hex')}.tmp`);
      const fd = openSync(tmp, 'wx');
      try {
        writeSync(fd, file.content);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      staged.push({ tmp, path: file.path });
    }
    const placed: string[] = [];
    try {
      for (const s of staged) {
        if (!options.overwrite) {
          // link fails if the target exists: no silent overwrite of a file created meanwhile
          linkSync(s.tmp, s.path);
          rmSync(s.tmp);
        } else {
          renameSync(s.tmp, s.path);
        }
        placed.push(s.path);
      }
    } catch (error) {
      for (const p of placed) rmSync(p, { force: true });
      throw error;
    }
  } finally {
    for (const s of staged) rmSync(s.tmp, { force: true });
  }
}
