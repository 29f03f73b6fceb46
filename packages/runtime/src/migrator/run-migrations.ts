import { Operations } from '@retort/ops';
import type { Driver } from '../drivers/driver';
import {
  applyVersionChange,
  clearDirtySql,
  ensureVersionTable,
  markDirtySql,
  readVersionHeads,
  readVersionRows,
  type VersionChange,
  type VersionTableName,
} from '../version/version-table';
import { checksumSql } from '../version/checksum-changes';
import { purgeSql } from '../version/checksum-table';
import { assertNotDirty } from './dirty-check';
import { RunLedger } from './run-ledger';
import { checkTransactionBoundaries } from './transaction-boundaries';
import { acquireMigrationLock } from './migration-lock';
import { MigrationFailedError } from './migration-errors';
import { loadMigrationModule, type MigrationModule } from './migration-module';
import { MigrationSession, type SessionSettings } from './migration-session';
import { autocommitExecutor } from './autocommit-executor';
import { extensionsCreatedBy } from './extensions-needed';
import { backoff, runWithLockRetry, type LockRetry } from './lock-retry';

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
  /** Checksums to record (revisions now applied) and to forget (revisions no longer applied). */
  checksums: { record: { revision: string; file: string }[]; forget: string[] };
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
  /** Tries of a statement that failed on lock_timeout (default 3); retries back off 0.5 s, 1 s, 2 s, … */
  lockRetries?: number;
  /** Called before each retry of a statement that failed on lock_timeout. */
  onLockRetry?(retry: LockRetry): void;
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
 * revision), the version table updated in the same transaction as the revision's DDL. The
 * whole plan is checked first (no non-transactional statement outside an autocommit block),
 * and a revision an autocommit block commits part of is marked dirty until it finishes.
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
  const ledger = new RunLedger();
  let running: PlannedStep | null = null;
  const retryPolicy = {
    tries: options.lockRetries ?? 3,
    delayMs: backoff,
    onRetry: options.onLockRetry,
  };
  const onlineExecutor = autocommitExecutor({
    inTransaction: () => session.inTransaction,
    begin: () => session.begin(),
    async commit() {
      await session.commit();
      ledger.committedNow(true);
    },
    emit: (statement, op) =>
      runWithLockRetry(session, statement, op, retryPolicy, running?.revision ?? null),
    lockTimeoutSet: (timeout) => session.fileSetLockTimeout(timeout),
    async beforeAutocommit() {
      if (running) await session.run(markDirtySql(versionTable, running.revision, running.direction));
    },
  });
  try {
    const rows = await readVersionRows(driver, versionTable);
    if (!options.purge) assertNotDirty(rows);
    const headsBefore = rows.filter((r) => r.dirty !== 'up').map((r) => r.revision);
    const steps = options.plan(headsBefore);
    const load = options.loadMigration ?? loadMigrationModule;
    const modules = new Map<string, MigrationModule>();
    for (const step of steps) if (step.runScript && !modules.has(step.file)) modules.set(step.file, await load(step.file));
    await checkTransactionBoundaries(steps, modules, options.args, false);
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

    await session.begin();
    await ensureVersionTable(driver, versionTable);
    if (options.purge) for (const sql of purgeSql(versionTable)) await session.run(sql);
    for (const [index, step] of steps.entries()) {
      options.onStep?.(step, { index, total: steps.length });
      const started = Date.now();
      const result = (status: StepResult['status']) => ({ revision: step.revision, file: step.file, direction: step.direction, status, durationMs: Date.now() - started });
      try {
        if (!session.inTransaction) await session.begin();
        ledger.startStep(step.revision);
        running = step.runScript ? step : null;
        if (step.runScript) {
          const op = new Operations(onlineExecutor, { args: options.args, offline: false });
          const mod = modules.get(step.file)!;
          await (step.direction === 'up' ? mod.upgrade(op) : mod.downgrade(op));
          if (ledger.partial === step.revision) await session.run(clearDirtySql(versionTable, step.revision, step.direction));
          await session.restoreLockTimeout();
        }
        for (const change of step.changes) {
          session.currentSql = null;
          await applyVersionChange(driver, versionTable, change);
        }
        for (const sql of checksumSql(versionTable, step)) await session.run(sql);
        running = null;
        ledger.finishStep();
        if (options.transactionPerMigration) {
          await session.commit();
          ledger.committedNow(false);
        }
        results.push(result('applied'));
      } catch (error) {
        running = null;
        const failedSql = session.currentSql;
        await session.rollback().catch(() => {});
        results.push(result('failed'));
        const later = steps.slice(index + 1);
        for (const l of later) results.push({ revision: l.revision, file: l.file, direction: l.direction, status: 'not-run', durationMs: 0 });
        const outcome = ledger.describeFailure(step.revision, later.map((l) => l.revision));
        const dirty = ledger.partial === step.revision;
        throw Object.assign(new MigrationFailedError(step.revision, step.file, step.direction, failedSql, error, outcome, dirty), { results });
      }
    }
    if (session.inTransaction) await session.commit();
    return { headsBefore, headsAfter: await readVersionHeads(driver, versionTable), steps: results };
  } finally {
    await session.rollback().catch(() => {});
    await release().catch(() => {});
  }
}
