import type { RetortError } from '@retort/errors';

export interface LockWaitOptions {
  /** How long to wait for another process to let go, in milliseconds. */
  timeoutMs: number;
  /** Called once when the lock is busy and we start waiting. */
  onWaiting?: (message: string) => void;
}

/**
 * Polls `tryAcquire` until it returns a release function, announcing the wait once and
 * giving up with `timedOut()` after the timeout. Both the PGlite lock file and the
 * PostgreSQL advisory lock wait this way.
 */
export async function waitForLock<R>(
  tryAcquire: () => Promise<R | null>,
  wait: LockWaitOptions,
  messages: { waiting: string; timedOut: () => RetortError; intervalMs: number },
): Promise<R> {
  const deadline = Date.now() + wait.timeoutMs;
  let announced = false;
  for (;;) {
    const acquired = await tryAcquire();
    if (acquired !== null) return acquired;
    if (Date.now() >= deadline) throw messages.timedOut();
    if (!announced) {
      wait.onWaiting?.(messages.waiting);
      announced = true;
    }
    await new Promise((r) => setTimeout(r, messages.intervalMs));
  }
}
