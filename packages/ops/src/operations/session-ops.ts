/**
 * Sets PostgreSQL's lock_timeout for the rest of the migration's session: a statement that
 * waits longer for a lock fails (SQLSTATE 55P03) instead of queueing every later query on the
 * table behind it. Session-wide (not SET LOCAL), so it holds inside `op.autocommitBlock()`
 * too; the runner retries a statement that failed on it and restores its own setting after
 * the revision.
 */
export interface SetLockTimeoutOp {
  kind: 'setLockTimeout';
  /** A PostgreSQL interval: `'5s'`, `'500ms'`, `'1min'`; `'0'` waits forever. */
  timeout: string;
}
