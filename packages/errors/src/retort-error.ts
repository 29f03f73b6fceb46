/**
 * The base of every error retort raises on purpose. `code` is stable (scripts may match on it),
 * `message` says what happened, `hint` says what to do about it. Only apps/cli prints them.
 */
export class RetortError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  /** Process exit code the CLI uses for this error (see README "Exit codes"). */
  readonly exitCode: number;

  constructor(
    code: string,
    message: string,
    options: { hint?: string; cause?: unknown; exitCode?: number } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}

export function isRetortError(value: unknown): value is RetortError {
  return value instanceof RetortError;
}
