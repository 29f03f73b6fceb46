import { Operations } from '@retort/ops';
import type { Driver } from '../drivers/driver';
import {
  applyVersionChange,
  ensureVersionTable,
  qualifiedVersionTable,
  readVersionHeads,
  type VersionChange,
  type VersionTableName,
} from '../version/version-table';
import { acquireMigrationLock } from './migration-lock';
import { MigrationFailedError } from './migration-errors';
import { loadMigrationModule, type MigrationModule } from './migration-module';
import { MigrationSession, type SessionSettings } from './migration-session';
import { autocommitExecutor } from './autocommit-executor';
import { extensionsCreatedBy } from './extensions-needed';

/** One step of a run: a revision to apply (or only stamp) and its version-table changes. */
export interface PlannedStep {
  revision: string;
  file: string;
  direction: 'up' | 'down';
  /** e.g. "8c1d0e2f3a4b -> 3f9a1c2b7d4e, add users table" */
  label: string;
  /** The same, as data: the revision(s) left and reached ([] = base), and the message. */
  from: string[];
  to: string[];
  message: string;
  changes: VersionChange[];
  /** false for `stamp`: only the version table changes. */
  runScript: boolean;
}

export interface StepResult {
  revision: string;
  file: string;
  direction: 'up' | 'down';
  status: 'applied' | 'failed' | 'not-run';
  durationMs: number;
}

export interface StepPosition {
  index: number;
  total: number;
}

export interface RunOptions {
  driver: Driver;
  versionTable: VersionTableName;
  settings: SessionSettings;
  transactionPerMigration: boolean;
  lockTimeoutMs: number;
  /** Computes the steps from the heads read under the lock (so nothing is applied twice). */
  plan(currentHeads: string[]): PlannedStep[];
  args: Readonly<Record<string, string>>;
  /** Deletes every version row first (stamp --purge). */
  purge?: boolean;
  onWaiting?(message: string): void;
  /** Called before each step; `index` counts from 0 up to `total - 1`. */
  onStep?(step: PlannedStep, position: StepPosition): void;
  /** Notices that do not stop the run (e.g. a setting the driver cannot honour). */
  onWarning?(message: string): void;
  loadMigration?(file: string): Promise<MigrationModule>;
}

export interface RunResult {
  headsBefore: string[];
  headsAfter: string[];
  steps: StepResult[];
}

/**
 * Applies a plan under the migration lock: one transaction for the whole run (or one per
 * revision), the version table updated in the same transaction as the revision's DDL.
 */
export async function runMigrations(options: RunOptions): Promise<RunResult> {
  const { driver, versionTable } = options;
  const session = new MigrationSession(driver, options.settings);
  if (!driver.enforcesTimeouts && (options.settings.lockTimeout || options.settings.statementTimeout)) {
    options.onWarning?.(
      `Warning: ${driver.displayUrl} is an embedded PGlite database, which does not enforce lock_timeout/statement_timeout; the settings are applied but cannot interrupt a statement.`,
    );
  }
  const lock = () => acquireMigrationLock(driver, versionTable, { timeoutMs: options.lockTimeoutMs, onWaiting: options.onWaiting });
  let release = await lock();
  const results: StepResult[] = [];
  const onlineExecutor = autocommitExecutor({
    inTransaction: () => session.inTransaction,
    begin: () => session.begin(),
    commit: () => session.commit(),
    emit: (statement) => session.run(statement.sql, statement.params),
  });
  try {
    const headsBefore = await readVersionHeads(driver, versionTable);
    const steps = options.plan(headsBefore);
    const load = options.loadMigration ?? loadMigrationModule;
    const modules = new Map<string, MigrationModule>();
    for (const step of steps) if (step.runScript && !modules.has(step.file)) modules.set(step.file, await load(step.file));
    if (steps.length === 0 && !options.purge) return { headsBefore, headsAfter: headsBefore, steps: [] };
    if (driver.loadExtensions) {
      // PGlite reopens to load them, which ends the session and its lock: take it again after
      const names = await extensionsCreatedBy(steps, modules, options.args);
      if (names.length > 0) {
        await release();
        release = async () => {};
        await driver.loadExtensions(names);
        release = await lock();
      }
    }

    let committedUpTo = 'nothing was applied';
    await session.begin();
    await ensureVersionTable(driver, versionTable);
    if (options.purge) await session.run(`DELETE FROM ${qualifiedVersionTable(versionTable)}`);
    for (const [index, step] of steps.entries()) {
      options.onStep?.(step, { index, total: steps.length });
      const started = Date.now();
      try {
        if (!session.inTransaction) await session.begin();
        if (step.runScript) {
          const op = new Operations(onlineExecutor, { args: options.args, offline: false });
          const mod = modules.get(step.file)!;
          await (step.direction === 'up' ? mod.upgrade(op) : mod.downgrade(op));
        }
        for (const change of step.changes) {
          session.currentSql = null;
          await applyVersionChange(driver, versionTable, change);
        }
        if (options.transactionPerMigration) {
          await session.commit();
          committedUpTo = `the database stays at the state after ${step.revision}`;
        }
        results.push({ revision: step.revision, file: step.file, direction: step.direction, status: 'applied', durationMs: Date.now() - started });
      } catch (error) {
        const failedSql = session.currentSql;
        await session.rollback().catch(() => {});
        results.push({ revision: step.revision, file: step.file, direction: step.direction, status: 'failed', durationMs: Date.now() - started });
        for (const later of steps.slice(index + 1)) {
          results.push({ revision: later.revision, file: later.file, direction: later.direction, status: 'not-run', durationMs: 0 });
        }
        const rolledBackTo = options.transactionPerMigration
          ? committedUpTo === 'nothing was applied' ? 'this revision; no earlier revision of this run was applied' : `this revision only; ${committedUpTo}`
          : 'the whole run; the database is as it was before the command';
        throw Object.assign(new MigrationFailedError(step.revision, step.file, step.direction, failedSql, error, rolledBackTo), { results });
      }
    }
    if (session.inTransaction) await session.commit();
    return { headsBefore, headsAfter: await readVersionHeads(driver, versionTable), steps: results };
  } finally {
    await session.rollback().catch(() => {});
    await release().catch(() => {});
  }
}
