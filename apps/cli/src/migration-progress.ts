import type { LockRetry, PlannedStep, RunResult, StepPosition } from '@retort/runtime';
import type { Output } from './output';

type Verb = 'upgrade' | 'downgrade' | 'stamp';

const PAST: Record<Verb, string> = { upgrade: 'Upgraded', downgrade: 'Downgraded', stamp: 'Stamped' };

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

const ids = (list: readonly string[]) => (list.length ? list.join(', ') : '<base>');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Progress of an upgrade, downgrade or stamp: `[12/60] a1b2c3 → d4e5f6  add users` per step
 * (one redrawn line on a terminal, plain lines elsewhere), then a summary or the --json result.
 */
export class MigrationProgress {
  private readonly started = Date.now();
  private readonly planned: PlannedStep[] = [];
  private readonly retries: LockRetry[] = [];

  constructor(private readonly output: Output, private readonly verb: Verb, private readonly target: string) {}

  readonly onStep = (step: PlannedStep, { index, total }: StepPosition): void => {
    this.planned[index] = step;
    if (this.output.json) return;
    const t = this.output.err;
    const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
    const message = step.message ? `  ${step.message}` : '';
    const revs = (list: readonly string[]) => (list.length ? list.map(t.revision).join(', ') : '<base>');
    this.output.live(`${t.dim(counter)} ${revs(step.from)} → ${revs(step.to)}${message}`);
  };

  /** A statement failed on lock_timeout and runs again after a pause: said on its own line. */
  readonly onLockRetry = (retry: LockRetry): void => {
    this.retries.push(retry);
    if (this.output.json) return;
    const sql = retry.sql.length > 72 ? `${retry.sql.slice(0, 69)}...` : retry.sql;
    const where = retry.revision === null ? '' : ` (${retry.revision})`;
    this.output.warn(
      `lock_timeout${where}: try ${retry.attempt}/${retry.tries} of \`${sql}\` gave up waiting for a lock; retrying in ${formatDuration(retry.delayMs)}.`,
    );
  };

  /** The summary line (or the JSON result) once the run is over. */
  finish(result: RunResult): void {
    const durationMs = Date.now() - this.started;
    if (this.output.json) return this.output.data(this.json(result, durationMs));
    const t = this.output.err;
    if (result.steps.length === 0) {
      this.output.info(`Nothing to ${this.verb}: the database is already at ${this.target} (${t.head(ids(result.headsAfter))}).`);
      return;
    }
    const what = this.verb === 'stamp' ? `the version table at` : `${plural(result.steps.length, 'revision')} to`;
    this.output.info(`${t.success(PAST[this.verb])} ${what} ${this.target} (${t.head(ids(result.headsAfter))}) in ${formatDuration(durationMs)}.`);
  }

  json(result: RunResult, durationMs: number) {
    return {
      command: this.verb,
      target: this.target,
      headsBefore: result.headsBefore,
      headsAfter: result.headsAfter,
      durationMs,
      steps: result.steps.map((s, i) => ({
        revision: s.revision,
        from: this.planned[i]?.from ?? [],
        to: this.planned[i]?.to ?? [],
        message: this.planned[i]?.message ?? '',
        file: s.file || null,
        status: s.status,
        durationMs: s.durationMs,
      })),
      lockRetries: this.retries.map((r) => ({ ...r })),
    };
  }
}
