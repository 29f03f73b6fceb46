import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RetortError } from '@retort/errors';
import { waitForLock, type LockWaitOptions } from './wait-for-lock';

export type { LockWaitOptions };

function holderIsAlive(lockFile: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFile, 'utf8').trim());
  } catch {
    return false; // vanished: the holder just let go
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Exclusive lock by atomic file creation; stale files of dead processes are taken over. */
export function acquireFileLock(lockFile: string, what: string, wait: LockWaitOptions): Promise<() => void> {
  mkdirSync(dirname(lockFile), { recursive: true });
  return waitForLock(
    async () => {
      for (;;) {
        // The lock file appears with its content already in it (link of a written temp file),
        // so a waiter never sees an empty lock and mistakes it for a stale one.
        const tmp = `${lockFile}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(tmp, String(process.pid));
        try {
          linkSync(tmp, lockFile);
          let released = false;
          return () => {
            if (!released) rmSync(lockFile, { force: true });
            released = true;
          };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        } finally {
          rmSync(tmp, { force: true });
        }
        if (holderIsAlive(lockFile)) return null;
        rmSync(lockFile, { force: true }); // a dead process's lock: take it over
      }
    },
    wait,
    {
      intervalMs: 100,
      waiting: `Waiting for another retort process using ${what} (lock file ${lockFile})…`,
      timedOut: () =>
        new RetortError('LOCK_TIMEOUT', `Timed out waiting for another retort process to release ${what}.`, {
          hint: `If no other retort process is running, delete ${lockFile}; otherwise retry later or raise --lock-timeout.`,
        }),
    },
  );
}
