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

  constructor(readonly driver: Driver, private readonly settings: SessionSettings) {}

  async begin(): Promise<void> {
    await this.run('BEGIN');
    this.inTransaction = true;
    if (this.settings.lockTimeout) await this.run(`SET LOCAL lock_timeout = ${pgString(this.settings.lockTimeout)}`);
    if (this.settings.statementTimeout) await this.run(`SET LOCAL statement_timeout = ${pgString(this.settings.statementTimeout)}`);
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
