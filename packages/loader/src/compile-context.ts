import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userRequire } from './node-module';
import { tsconfigFor } from './tsconfig';

/** What decides a file's output besides its own text, known without loading TypeScript. */
export interface CompileContext {
  /** The `typescript` that compiles the file: the project's own, else retort's. */
  readonly typescriptPath: string;
  /** Compiler version + the text of every tsconfig file in the `extends` chain. */
  readonly fingerprint: string;
}

const byDirectory = new Map<string, CompileContext>();

/**
 * The compile context of a user's file. Cheap on purpose (a resolve, a few small reads): the
 * cache keys are built from it, so a run whose files are all cached never loads TypeScript.
 */
export function compileContext(file: string): CompileContext {
  const dir = dirname(file);
  const hit = byDirectory.get(dir);
  if (hit) return hit;
  let typescriptPath: string;
  try {
    typescriptPath = userRequire(file).resolve('typescript');
  } catch {
    typescriptPath = require.resolve('typescript');
  }
  const hash = createHash('sha256').update(`${typescriptPath}\0${versionOf(typescriptPath)}`);
  for (const source of tsconfigFor(dir).sources) hash.update(`\0${source}\0`).update(readFileSync(source));
  const context = { typescriptPath, fingerprint: hash.digest('hex') };
  byDirectory.set(dir, context);
  return context;
}

/** Forgets compile contexts (tests and watch modes). */
export function clearCompileContexts(): void {
  byDirectory.clear();
}

/** The version in typescript's package.json (`…/typescript/lib/typescript.js` → `…/typescript`). */
function versionOf(typescriptPath: string): string {
  try {
    return (JSON.parse(readFileSync(join(dirname(typescriptPath), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
