import type * as TS from 'typescript';
import { compileContext } from './compile-context';
import { projectOptions } from './compiler-options';
import { readCached, writeCached } from './emit-cache';
import { isolatedKey, programKey, type LazyCompiler } from './emit-key';
import { emitWithProgram } from './program-emitter';
import { loadTypescript, type TypeScript } from './typescript-runtime';

/** A syntax error in a user's file, with TypeScript's message and where it is. */
export class UserSyntaxError extends Error {
  constructor(message: string, readonly file: string, readonly line: number, readonly column: number) {
    super(message);
    this.name = 'SyntaxError';
  }
}

/** How many files this process compiled, how many came from the on-disk cache, and how often it needed TypeScript. */
export const compileStats = { compiled: 0, cached: 0, compilerUsed: 0 };

/** Stored under a file's isolated key when its output depends on other files' types. */
const NEEDS_PROGRAM = '\0needs-program';

/**
 * TypeScript → CommonJS exactly as the project's `tsc` emits it (module shape included: a
 * circular import sees `exports.X = void 0`, never a getter in its temporal dead zone), with an
 * inline source map so stack traces point at the user's lines. Files that carry decorators
 * (when the project emits decorator metadata) go through a Program so the types they name
 * resolve across files; the others are compiled alone (`transpileModule`), which gives the
 * same output for them. Results are cached on disk (emit-key.ts describes the keys); a run
 * that finds everything there does not load TypeScript at all.
 */
export function transpile(source: string, filename: string): string {
  const context = compileContext(filename);
  let lazy: LazyCompiler | undefined;
  const compiler = () => {
    if (!lazy) {
      compileStats.compilerUsed++;
      const ts = loadTypescript(context.typescriptPath);
      lazy = { ts, project: projectOptions(ts, filename) };
    }
    return lazy;
  };
  const alone = isolatedKey(context, filename, source);
  let hit = readCached(alone);
  let typed = hit === NEEDS_PROGRAM;
  if (hit === undefined) {
    const { ts, project } = compiler();
    typed = project.options.emitDecoratorMetadata === true && project.options.experimentalDecorators === true && hasDecorators(ts, source);
  }
  const key = typed ? programKey(context, filename, source, compiler) : alone;
  if (typed) hit = readCached(key);
  if (hit !== undefined && hit !== NEEDS_PROGRAM) {
    compileStats.cached++;
    return hit;
  }
  const code = typed ? emitTyped(compiler(), filename, source) : emitAlone(compiler(), filename, source);
  compileStats.compiled++;
  writeCached(key, code);
  if (typed) writeCached(alone, NEEDS_PROGRAM);
  return code;
}

function emitTyped({ ts, project }: LazyCompiler, filename: string, source: string): string {
  const { code, syntaxErrors } = emitWithProgram(ts, project, filename, source);
  throwOnSyntaxError(ts, syntaxErrors, filename);
  return code;
}

function emitAlone({ ts, project }: LazyCompiler, filename: string, source: string): string {
  // `.mts` would make TypeScript keep ESM syntax; the require hook needs CommonJS
  const esm = /\.mts$/.test(filename);
  const fileName = esm ? filename.replace(/\.mts$/, '.ts') : filename;
  const out = ts.transpileModule(source, { fileName, compilerOptions: project.options, reportDiagnostics: true });
  throwOnSyntaxError(ts, (out.diagnostics ?? []).filter((d) => d.file), filename);
  return esm ? renameMapSource(out.outputText, fileName, filename) : out.outputText;
}

function throwOnSyntaxError(ts: TypeScript, diagnostics: readonly TS.Diagnostic[], filename: string): void {
  const first = diagnostics.find((d) => d.category === ts.DiagnosticCategory.Error && d.file && d.start !== undefined);
  if (!first) return;
  const { line, character } = first.file!.getLineAndCharacterOfPosition(first.start!);
  throw new UserSyntaxError(ts.flattenDiagnosticMessageText(first.messageText, ' '), filename, line + 1, character + 1);
}

/** True when the file has a decorator token (comments and strings do not count). */
function hasDecorators(ts: TypeScript, source: string): boolean {
  if (!source.includes('@')) return false;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.AtToken) return true;
  }
  return false;
}

/** Points an inline source map back at the `.mts` file that was compiled under a `.ts` name. */
function renameMapSource(code: string, from: string, to: string): string {
  const marker = '//# sourceMappingURL=data:application/json;base64,';
  const at = code.lastIndexOf(marker);
  if (at < 0) return code;
  const map = JSON.parse(Buffer.from(code.slice(at + marker.length).trim(), 'base64').toString('utf8')) as { sources: string[] };
  const base = (p: string) => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
  map.sources = map.sources.map((s) => (base(s) === base(from) ? s.slice(0, s.length - base(from).length) + base(to) : s));
  return code.slice(0, at + marker.length) + Buffer.from(JSON.stringify(map)).toString('base64');
}
