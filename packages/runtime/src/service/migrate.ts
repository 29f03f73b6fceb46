import type { ResolvedConfig } from '../config/config-types';
import type { Driver } from '../drivers/driver';
import { planDowngrade, planUpgrade } from '../graph/plan-migration';
import { planStamp } from '../graph/plan-stamp';
import { runMigrations, type PlannedStep, type RunResult, type StepPosition } from '../migrator/run-migrations';
import type { SessionSettings } from '../migrator/migration-session';
import type { LockRetry } from '../migrator/lock-retry';
import { loadScriptDirectory } from '../script/script-directory';
import { changedFilesMessage, CHANGED_FILES_HINT } from '../version/changed-files';
import { findChangedFiles } from './applied-files';
import { toPlannedSteps } from './planned-steps';

export interface RunRequest {
  config: ResolvedConfig;
  driver: Driver;
  args?: Readonly<Record<string, string>>;
  /** Overrides of the config for this run. */
  transactionPerMigration?: boolean;
  lockTimeoutMs?: number;
  settings?: Partial<SessionSettings>;
  onWaiting?(message: string): void;
  onStep?(step: PlannedStep, position: StepPosition): void;
  onWarning?(message: string): void;
  /** Each retry of a statement that failed on lock_timeout. */
  onLockRetry?(retry: LockRetry): void;
}

async function runWith(req: RunRequest, plan: (heads: string[]) => PlannedStep[], purge = false): Promise<RunResult> {
  const { config } = req;
  const changed = await findChangedFiles(config, req.driver);
  if (changed.length) req.onWarning?.(`Warning: ${changedFilesMessage(changed)}\n${CHANGED_FILES_HINT}`);
  return runMigrations({
    driver: req.driver,
    versionTable: config.versionTable,
    settings: {
      lockTimeout: req.settings?.lockTimeout ?? config.lockTimeout,
      statementTimeout: req.settings?.statementTimeout ?? config.statementTimeout,
    },
    transactionPerMigration: req.transactionPerMigration ?? config.transactionPerMigration,
    lockTimeoutMs: req.lockTimeoutMs ?? config.migrationLockTimeoutMs,
    lockRetries: config.lockRetries,
    onLockRetry: req.onLockRetry,
    args: req.args ?? {},
    purge,
    plan,
    onWaiting: req.onWaiting,
    onStep: req.onStep,
    onWarning: req.onWarning,
  });
}

/** `upgrade TARGET` / `downgrade TARGET` against the live database. */
export function migrate(req: RunRequest & { direction: 'upgrade' | 'downgrade'; target: string }): Promise<RunResult> {
  const { graph } = loadScriptDirectory(req.config.versionDirs);
  return runWith(req, (heads) =>
    toPlannedSteps(graph, heads, req.direction === 'upgrade' ? planUpgrade(graph, heads, req.target) : planDowngrade(graph, heads, req.target)),
  );
}

/** `stamp REV...`: move the version table without running migrations. */
export function stamp(req: RunRequest & { targets: string[]; purge: boolean }): Promise<RunResult> {
  const { graph } = loadScriptDirectory(req.config.versionDirs);
  return runWith(
    req,
    (heads) => {
      const start = req.purge ? [] : heads;
      return toPlannedSteps(graph, start, planStamp(graph, start, req.targets, { purge: req.purge }));
    },
    req.purge,
  );
}
