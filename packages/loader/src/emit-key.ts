import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type * as TS from 'typescript';
import type { CompileContext } from './compile-context';
import { projectDeclarations, type ProjectOptions } from './compiler-options';
import { readCached, writeCached } from './emit-cache';
import type { TypeScript } from './typescript-runtime';

const hashOf = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** The compiler, loaded only when something is not in the cache. */
export interface LazyCompiler {
  readonly ts: TypeScript;
  readonly project: ProjectOptions;
}

/** A file's resolved imports: user files, and typings inside node_modules. */
interface FileFacts {
  local: string[];
  external: string[];
}

const texts = new Map<string, string>();
const facts = new Map<string, FileFacts>();
const stamps = new Map<string, string>();

/** The cache key of a file compiled alone: compiler, tsconfig chain and the file's text. */
export function isolatedKey(context: CompileContext, file: string, source: string): string {
  return hashOf(`isolated\0${context.fingerprint}\0${file}\0${hashOf(source)}`);
}

/**
 * The cache key of a file type-checked through a Program. Its decorator metadata depends on
 * the types it names, which may be declared in any file it imports, directly or through
 * others (an alias of an alias, a barrel re-export), or globally in the project's `.d.ts`
 * files. So the key covers the text of every user file in its transitive import graph
 * (`import`, `import type`, `export … from`, `require`, `/// <reference>`), the size and mtime
 * of the typings its imports reach in node_modules (a package upgrade rewrites them), and the
 * text of the project's own `.d.ts` files. Editing any file a decorated file reaches changes
 * its key; editing an unrelated file does not. What each file imports is itself cached by its
 * text, so computing a key on a warm run reads files but never loads TypeScript.
 * Not noticed: a new file that shadows an existing resolution, or a new project `.d.ts`.
 */
export function programKey(context: CompileContext, file: string, source: string, compiler: () => LazyCompiler): string {
  texts.set(file, source);
  const seen = new Set<string>([file]);
  const externals = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const f = factsOf(context, stack.pop()!, compiler);
    for (const e of f.external) externals.add(e);
    for (const next of f.local) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  const hash = createHash('sha256').update(`program\0${context.fingerprint}\0${file}`);
  for (const dep of [...seen, ...globalsOf(context, compiler)].sort()) hash.update(`\0${dep}\0${hashOf(textOf(dep))}`);
  for (const e of [...externals].sort()) hash.update(`\0${e}\0${stampOf(e)}`);
  return hash.digest('hex');
}

/** Forgets what was read about files (tests and watch modes). */
export function clearEmitKeys(): void {
  texts.clear();
  facts.clear();
  stamps.clear();
}

function textOf(file: string): string {
  let text = texts.get(file);
  if (text === undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = '';
    }
    texts.set(file, text);
  }
  return text;
}

function stampOf(file: string): string {
  let stamp = stamps.get(file);
  if (stamp === undefined) {
    try {
      const s = statSync(file);
      stamp = `${s.size}:${s.mtimeMs}`;
    } catch {
      stamp = 'missing';
    }
    stamps.set(file, stamp);
  }
  return stamp;
}

function factsOf(context: CompileContext, file: string, compiler: () => LazyCompiler): FileFacts {
  const hit = facts.get(file);
  if (hit) return hit;
  const key = hashOf(`imports\0${context.fingerprint}\0${file}\0${hashOf(textOf(file))}`);
  const stored = readCached(key);
  const result = stored !== undefined ? (JSON.parse(stored) as FileFacts) : resolveImports(compiler(), file, textOf(file));
  if (stored === undefined) writeCached(key, JSON.stringify(result));
  facts.set(file, result);
  return result;
}

function globalsOf(context: CompileContext, compiler: () => LazyCompiler): string[] {
  const key = hashOf(`globals\0${context.fingerprint}`);
  const stored = readCached(key);
  if (stored !== undefined) return JSON.parse(stored) as string[];
  const globals = projectDeclarations(compiler().project);
  writeCached(key, JSON.stringify(globals));
  return globals;
}

const resolutionCaches = new WeakMap<ProjectOptions, TS.ModuleResolutionCache>();

function resolveImports({ ts, project }: LazyCompiler, file: string, text: string): FileFacts {
  let cache = resolutionCaches.get(project);
  if (!cache) {
    cache = ts.createModuleResolutionCache(process.cwd(), (f) => f, project.options);
    resolutionCaches.set(project, cache);
  }
  const info = ts.preProcessFile(text, true, true);
  const local: string[] = [];
  const external: string[] = [];
  for (const ref of info.importedFiles) {
    const resolved = ts.resolveModuleName(ref.fileName, file, project.options, ts.sys, cache).resolvedModule;
    if (resolved) (resolved.isExternalLibraryImport ? external : local).push(resolved.resolvedFileName);
  }
  for (const ref of info.referencedFiles) local.push(resolve(dirname(file), ref.fileName));
  return { local, external };
}
