import type { Driver } from '../drivers/driver';

export interface SessionSettings {
  /** PostgreSQL lock_timeout for migration transactions (SET LOCAL), e.g. '5s'. */
  lockTimeout: string | null;
  /** PostgreSQL statement_timeout for migration transactions (SET LOCAL). */
  statementTimeout: string | null;
}

/**
 * Transaction state of the one connection a run uses. Every BEGIN re-applies the SET LOCAL
 * settings, so they hold in every transaction of the run, including those reopened after an
 * autocommit block.
 */
export class MigrationSession {
  inTransaction = false;
  /** The statement being executed, for error messages. */
  currentSql: string | null = null;
  /** What the running revision set with op.setLockTimeout(): it wins over the config's. */
  #fileLockTimeout: string | null = null;

  constructor(readonly driver: Driver, private readonly settings: SessionSettings) {}

  async begin(): Promise<void> {
    await this.run('BEGIN');
    this.inTransaction = true;
    const lockTimeout = this.#fileLockTimeout ?? this.settings.lockTimeout;
    if (lockTimeout) await this.run(`SET LOCAL lock_timeout = ${pgString(lockTimeout)}`);
    if (this.settings.statementTimeout) await this.run(`SET LOCAL statement_timeout = ${pgString(this.settings.statementTimeout)}`);
  }

  /** The revision set lock_timeout for the session (op.setLockTimeout). */
  fileSetLockTimeout(timeout: string): void {
    this.#fileLockTimeout = timeout;
  }

  /**
   * After a revision that set lock_timeout: back to the server's value for the session, and
   * the config's for the open transaction, so the next revision starts as the config says.
   */
  async restoreLockTimeout(): Promise<void> {
    if (this.#fileLockTimeout === null) return;
    this.#fileLockTimeout = null;
    await this.run('RESET lock_timeout');
    if (this.inTransaction && this.settings.lockTimeout)
      await this.run(`SET LOCAL lock_timeout = ${pgString(this.settings.lockTimeout)}`);
  }

  async commit(): Promise<void> {
    await this.run('COMMIT');
    this.inTransaction = false;
  }

  async rollback(): Promise<void> {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    await this.driver.query('ROLLBACK');
  }

  async run(sql: string, params?: readonly unknown[]): Promise<void> {
    this.currentSql = sql;
    await this.driver.query(sql, params);
    this.currentSql = null;
  }
}

function pgString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
