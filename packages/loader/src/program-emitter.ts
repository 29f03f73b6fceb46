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
 * are resolved and `design:type` metadata matches a `tsc` build. When the file belongs to the
 * project (its tsconfig `files`/`include`), the Program is the project's whole build, made once:
 * an ORM loading a thousand entity files one by one then costs one type-check, not a thousand.
 * A file outside it joins the roots (its imports come along) and the Program is rebuilt,
 * reusing every parsed file. Always CommonJS (the require hook runs the output), also for
 * `.mts` files and `"type": "module"` packages.
 */
export function emitWithProgram(ts: TypeScript, project: ProjectOptions, file: string, source: string): { code: string; syntaxErrors: readonly TS.Diagnostic[] } {
  const state = programFor(ts, project);
  if (!state.program?.getSourceFile(file)) {
    if (state.roots.size === 0) {
      const inProject = project.fileNames().includes(file.replace(/\\/g, '/'));
      for (const f of inProject ? project.fileNames() : projectDeclarations(project)) state.roots.add(f);
    }
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
  const state: ProjectProgram = { host, roots: new Set(), program: undefined };
  programs.set(project, state);
  return state;
}
