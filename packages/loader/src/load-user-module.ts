import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { RetortError } from '@retort/errors';
import { loadFailureOf } from './load-chain';
import { userRequire } from './node-module';
import { installRequireHook } from './register';
import { UserSyntaxError } from './transpile';

/**
 * Imports one of the user's files (TypeScript or JavaScript) with the require hook installed
 * and returns its exports. A relative path is taken from `process.cwd()`.
 * Throws RetortError `MODULE_NOT_FOUND` or `MODULE_LOAD_FAILED` (naming the file and the error).
 */
export function loadUserModule(file: string, what = 'module'): unknown {
  const absolute = resolve(file);
  if (!existsSync(absolute)) {
    throw new RetortError('MODULE_NOT_FOUND', `Could not load ${what} ${display(absolute)}: the file does not exist.`, {
      hint: 'Check the path in your retort config (it is relative to the config file).',
    });
  }
  installRequireHook();
  try {
    return userRequire(absolute)(absolute);
  } catch (error) {
    throw loadFailure(absolute, what, error);
  }
}

/**
 * The message names where the error was raised (`file:line:column`, mapped to the user's
 * TypeScript) and, when it happened in a file imported along the way, that file and the file
 * that imported it. Node's own frames never appear (the CLI prints the stack with --debug).
 */
function loadFailure(file: string, what: string, error: unknown): RetortError {
  const message = errorMessage(error);
  const where = error instanceof UserSyntaxError ? `${display(error.file)}:${error.line}:${error.column}` : userFrame(error, file);
  const failure = loadFailureOf(error);
  const chain = failure && failure.file !== file
    ? `\n    while loading ${display(failure.file)}${failure.importer ? `, imported by ${display(failure.importer)}` : ''}`
    : '';
  return new RetortError(
    'MODULE_LOAD_FAILED',
    `Could not load ${what} ${display(file)}: ${message}${where ? `\n    at ${where}` : ''}${chain}`,
    { hint: 'The error was raised while importing the file (or a file it imports). Fix it, then run again.', cause: error },
  );
}

/** The first line of the error's message (Node appends a long "Require stack" to some). */
function errorMessage(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'message' in error) {
    const name = 'name' in error && typeof error.name === 'string' && error.name !== 'Error' ? `${error.name}: ` : '';
    return name + String(error.message).split('\nRequire stack:')[0]!.trim();
  }
  return String(error);
}

/** The first stack frame outside node_modules and node internals, e.g. `src/schema.ts:12:9`. */
function userFrame(error: unknown, file: string): string | undefined {
  const stack = error !== null && typeof error === 'object' && 'stack' in error ? String(error.stack) : '';
  for (const line of stack.split('\n')) {
    const m = /\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+):(\d+)\)?$/.exec(line.trim());
    if (m && !/[\\/]node_modules[\\/]/.test(m[1]!) && !m[1]!.includes(`${resolve(__dirname)}`)) {
      return `${display(m[1]!)}:${m[2]}:${m[3]}`;
    }
  }
  return existsSync(file) ? undefined : display(file);
}

function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
