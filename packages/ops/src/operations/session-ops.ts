/** `SET lock_timeout`: how long each later statement of the run waits for a lock, e.g. '5s'. */
export interface SetLockTimeoutOp {
  kind: 'setLockTimeout';
  timeout: string;
}
