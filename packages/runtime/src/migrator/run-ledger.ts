/**
 * What a run has committed so far, kept at every commit point, so that a failure can say
 * exactly what is in the database and what was rolled back.
 */
export class RunLedger {
  /** Revisions whose every change is committed. */
  readonly committed: string[] = [];
  /** Revisions finished inside the open transaction (lost if it rolls back). */
  private pending: string[] = [];
  /** The running revision, once an autocommit block committed part of it. */
  partial: string | null = null;
  private current: string | null = null;

  startStep(revision: string): void {
    this.current = revision;
  }

  finishStep(): void {
    if (this.current !== null) this.pending.push(this.current);
    if (this.partial === this.current) this.partial = null;
    this.current = null;
  }

  /** The open transaction committed; `midStep`: an autocommit block inside the current step. */
  committedNow(midStep: boolean): void {
    this.committed.push(...this.pending);
    this.pending = [];
    if (midStep && this.current !== null) this.partial = this.current;
  }

  /** The message lines after `failed` failed and the open transaction rolled back. */
  describeFailure(failed: string, notRun: readonly string[]): string[] {
    const half = this.partial === failed;
    const rolledBack = [...this.pending, half ? `the rest of ${failed}` : failed];
    const later = notRun.length ? [`Not run: ${notRun.join(', ')}.`] : [];
    if (this.committed.length === 0 && !half) {
      return [`Rolled back: the whole run (${rolledBack.join(', ')}); nothing was committed, the database is as it was before the command.`, ...later];
    }
    const parts = [...this.committed, ...(half ? [`part of ${failed} (what ran before and in its autocommit block)`] : [])];
    const lines = [`Committed: ${parts.join(', ')}.`, `Rolled back: ${rolledBack.join(', ')}.`, ...later];
    if (half) lines.push(`${failed} is half-applied and recorded as dirty in the version table.`);
    return lines;
  }
}
