import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RetortError } from '@retort/errors';

export interface LockWaitOptions {
  /** How long to wait for another process to let go, in milliseconds. */
  timeoutMs: number;
  /** Called once when the lock is busy and we start waiting. */
  onWaiting?: (message: string) => void;
}

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

/** Exclusive lock by O_EXCL file creation; stale files of dead processes are taken over. */
export async function acquireFileLock(lockFile: string, what: string, wait: LockWaitOptions): Promise<() => void> {
  mkdirSync(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + wait.timeoutMs;
  let announced = false;
  for (;;) {
    // The lock file appears with its content already in it (link of a written temp file), so a
    // waiter never sees an empty lock and mistakes it for a stale one.
    const tmp = `${lockFile}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, String(process.pid));
    try {
      linkSync(tmp, lockFile);
      rmSync(tmp, { force: true });
      let released = false;
      return () => {
        if (!released) rmSync(lockFile, { force: true });
        released = true;
      };
    } catch (error) {
      rmSync(tmp, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!holderIsAlive(lockFile)) {
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new RetortError('LOCK_TIMEOUT', `Timed out waiting for another retort process to release ${what}.`, {
        hint: `If no other retort process is running, delete ${lockFile}; otherwise retry later or raise --lock-timeout.`,
      });
    }
    if (!announced) {
      wait.onWaiting?.(`Waiting for another retort process using ${what} (lock file ${lockFile})…`);
      announced = true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
