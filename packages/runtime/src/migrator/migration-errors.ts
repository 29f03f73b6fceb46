import { RetortError, maskUrl } from '@retort/errors';

/** A revision's upgrade/downgrade failed; `outcome` says what is committed and what rolled back. */
export class MigrationFailedError extends RetortError {
  constructor(
    readonly revision: string,
    readonly file: string,
    readonly direction: 'up' | 'down',
    readonly sql: string | null,
    cause: unknown,
    outcome: readonly string[],
    dirty = false,
  ) {
    const err = cause as { message?: string; detail?: string; hint?: string; code?: string };
    const pgMessage = maskUrl(String(err?.message ?? cause));
    const fromServer = typeof err?.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code);
    const lines = [
      `${direction === 'up' ? 'Upgrade' : 'Downgrade'} of revision ${revision} failed (${file}).`,
      sql ? `Failing SQL: ${sql}` : null,
      fromServer ? `PostgreSQL said: ${pgMessage} [${err.code}]` : `Error: ${pgMessage}`,
      err?.detail ? `Detail: ${err.detail}` : null,
      ...outcome,
    ].filter((l): l is string => l !== null);
    const fix = (fromServer ? err.hint : (cause as { hint?: string })?.hint) ?? 'Fix the migration (or the data it trips on) and run the command again.';
    super('MIGRATION_FAILED', lines.join('\n'), {
      hint: dirty
        ? `${fix} Then finish or undo the rest of ${revision} by hand and run \`retort resolve ${revision} --applied\` or \`retort resolve ${revision} --rolled-back\`.`
        : fix,
      cause,
    });
  }
}
