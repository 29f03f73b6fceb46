import type * as TS from 'typescript';
import { projectDeclarations, type ProjectOptions } from './compiler-options';
import type { TypeScript } from './typescript-runtime';

interface ProjectProgram {
  host: TS.CompilerHost;
  roots: Set<string>;
  program: TS.Program | undefined;
}

const programs = new WeakMap<ProjectOptions, ProjectProgram>();

/**
 * Emits one decorated file the way `tsc -p` does: through a Program with the project's options,
 * so the types a decorated member names — aliases, enums, classes imported from other files —
 * are resolved and `design:type` metadata matches a `tsc` build. The roots are the project's
 * own `.d.ts` files (global types) and the decorated files loaded so far (their imports come
 * along); a file not yet in the Program joins the roots and the Program is rebuilt, reusing
 * every parsed file. Always CommonJS (the require hook runs the output), also for `.mts` files
 * and `"type": "module"` packages.
 */
export function emitWithProgram(ts: TypeScript, project: ProjectOptions, file: string, source: string): { code: string; syntaxErrors: readonly TS.Diagnostic[] } {
  const state = programFor(ts, project);
  if (!state.program?.getSourceFile(file)) {
    state.roots.add(file);
    state.program = ts.createProgram({ rootNames: [...state.roots], options: project.options, host: state.host, oldProgram: state.program });
  }
  const sourceFile = state.program.getSourceFile(file);
  if (!sourceFile || sourceFile.text !== source) throw new Error(`TypeScript did not read ${file} as the loader did (was it changed while loading?)`);
  const syntaxErrors = state.program.getSyntacticDiagnostics(sourceFile);
  if (syntaxErrors.length > 0) return { code: '', syntaxErrors };
  let output: string | undefined;
  state.program.emit(sourceFile, (name, text) => {
    if (/\.[cm]?js$/.test(name)) output = text;
  });
  if (output === undefined) throw new Error(`TypeScript emitted nothing for ${file}`);
  return { code: output, syntaxErrors };
}

function programFor(ts: TypeScript, project: ProjectOptions): ProjectProgram {
  const hit = programs.get(project);
  if (hit) return hit;
  const base = ts.createCompilerHost(project.options, true);
  const parsed = new Map<string, TS.SourceFile | undefined>();
  const host: TS.CompilerHost = {
    ...base,
    getSourceFile(fileName, languageVersionOrOptions, onError) {
      if (parsed.has(fileName)) return parsed.get(fileName);
      const options = typeof languageVersionOrOptions === 'object' ? { ...languageVersionOrOptions } : { languageVersion: languageVersionOrOptions };
      // CommonJS for every user file: the require hook is what runs it
      if (!/[\\/]node_modules[\\/]/.test(fileName)) options.impliedNodeFormat = ts.ModuleKind.CommonJS;
      const sf = base.getSourceFile(fileName, options, onError);
      parsed.set(fileName, sf);
      return sf;
    },
    writeFile() {},
    // what tsc itself does: JSDoc is parsed only where it can carry types (JavaScript files)
    jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors,
  };
  const state: ProjectProgram = { host, roots: new Set(projectDeclarations(project)), program: undefined };
  programs.set(project, state);
  return state;
}
