import { realpathSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The names a loaded file's frames may carry: its path, its real path, and their file URLs. */
export function frameNames(file: string): Set<string> {
  const names = new Set([file]);
  try {
    names.add(realpathSync(file));
  } catch {
    // a file that is gone keeps the name it was loaded with
  }
  for (const name of [...names]) names.add(pathToFileURL(name).href);
  return names;
}

/**
 * The 1-based line in `file` that the current call came from: the innermost stack frame in
 * that file, mapped through the inline source map the loader emits (exact for TypeScript).
 * Null when the call was made from another file (a helper module).
 */
export function callerLine(names: ReadonlySet<string>): number | null {
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_error, sites) => sites;
  Error.stackTraceLimit = 64;
  try {
    const holder: { stack?: NodeJS.CallSite[] } = {};
    Error.captureStackTrace(holder, callerLine);
    for (const site of holder.stack ?? []) {
      const name = site.getFileName();
      if (name === undefined || name === null || !names.has(name)) continue;
      return originalLine(name, site.getLineNumber() ?? 0, site.getColumnNumber() ?? 0);
    }
    return null;
  } finally {
    Error.prepareStackTrace = saved;
    Error.stackTraceLimit = savedLimit;
  }
}

function originalLine(name: string, line: number, column: number): number {
  const map = findSourceMap(name);
  if (!map) return line;
  const entry = map.findEntry(line - 1, column - 1) as { originalLine?: number };
  return entry.originalLine === undefined ? line : entry.originalLine + 1;
}
