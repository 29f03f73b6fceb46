import { RetortError, maskUrl } from '@retort/errors';
import type { Output } from './output';

/** Exit codes (documented in README "Exit codes"). */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

const INTERNAL_HINT = 'Run again with --debug for the stack trace, and please report it.';

/** What an error prints, passwords masked: `{ code, message, hint }` is also the --json shape. */
export function describeError(error: unknown): { code: string; message: string; hint: string | null; exitCode: number } {
  if (error instanceof RetortError) {
    return { code: error.code, message: maskUrl(error.message), hint: error.hint ? maskUrl(error.hint) : null, exitCode: error.exitCode };
  }
  const err = error as Error | undefined;
  return { code: 'INTERNAL', message: maskUrl(String(err?.message ?? error)), hint: INTERNAL_HINT, exitCode: EXIT.internal };
}

/** Prints an error (JSON on stdout under --json, else `Error:`/`Hint:` on stderr); returns the exit code. */
export function reportError(error: unknown, output: Output, debug: boolean): number {
  const { exitCode, ...shown } = describeError(error);
  if (output.json) {
    output.data({ error: shown });
  } else {
    const prefix = error instanceof RetortError ? 'Error:' : 'Internal error:';
    output.warn(`${output.err.error(prefix)} ${shown.message}`);
    if (shown.hint && (debug ? shown.hint !== INTERNAL_HINT : true)) output.warn(`${output.err.hint('Hint:')} ${shown.hint}`);
  }
  if (debug) {
    const err = error as Error | undefined;
    if (err?.stack) output.warn(maskUrl(err.stack));
    if (err?.cause instanceof Error && err.cause.stack) output.warn(`Caused by: ${maskUrl(err.cause.stack)}`);
  }
  return exitCode;
}
