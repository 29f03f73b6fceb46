import { createColors } from 'picocolors';

/** Where colour may go: a terminal stream (stdout or stderr). */
export interface ColorTarget {
  isTTY?: boolean;
}

/**
 * Whether to colour a stream: never with NO_COLOR (https://no-color.org), always with
 * FORCE_COLOR (unless 0/false), otherwise only on a terminal whose TERM is not "dumb".
 * CI logs are not terminals, so they stay plain.
 */
export function colorEnabled(stream: ColorTarget, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** The styles the CLI uses, by meaning; each is the identity when colour is off. */
export interface Theme {
  enabled: boolean;
  error(text: string): string;
  hint(text: string): string;
  /** Data loss and other hazards that break or destroy something. */
  danger(text: string): string;
  /** Lock and rewrite warnings: slow, not destructive. */
  warning(text: string): string;
  revision(text: string): string;
  head(text: string): string;
  success(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

export function createTheme(enabled: boolean): Theme {
  const c = createColors(enabled);
  return {
    enabled,
    error: (t) => c.bold(c.red(t)),
    hint: c.cyan,
    danger: (t) => c.bold(c.red(t)),
    warning: c.yellow,
    revision: c.yellow,
    head: (t) => c.bold(c.green(t)),
    success: c.green,
    heading: c.bold,
    dim: c.dim,
  };
}
