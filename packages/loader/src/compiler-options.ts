import { dirname } from 'node:path';
import type * as TS from 'typescript';
import { RetortError } from '@retort/errors';
import type { TypeScript } from './typescript-runtime';

/** A project's compiler options as the loader uses them, and what makes its emitted code differ. */
export interface ProjectOptions {
  /** The tsconfig.json they came from (undefined: none was found). */
  readonly configFile: string | undefined;
  readonly options: TS.CompilerOptions;
  /** The project's files (tsconfig `files`/`include`), as its `tsc` build sees them (read on first call). */
  fileNames(): readonly string[];
}

const byConfig = new Map<string, ProjectOptions>();

/**
 * The options of the nearest tsconfig.json (parsed by TypeScript itself, `extends` included),
 * adjusted so that the output can be `require`d: CommonJS modules, an inline source map,
 * nothing else written. Without a tsconfig: legacy decorators with metadata (what TypeORM
 * needs) and ES2022, as before.
 */
export function projectOptions(ts: TypeScript, file: string): ProjectOptions {
  const configFile = ts.findConfigFile(dirname(file), ts.sys.fileExists);
  const key = `${ts.version}\0${configFile ?? ''}`;
  const hit = byConfig.get(key);
  if (hit) return hit;
  // the options alone first: listing the project's files walks its directories
  const options = loadable(ts, configFile ? parseConfig(ts, configFile, false).options : {});
  let fileNames: readonly string[] | undefined;
  const result = { configFile, options, fileNames: () => (fileNames ??= configFile ? parseConfig(ts, configFile, true).fileNames : []) };
  byConfig.set(key, result);
  return result;
}

/** Forgets parsed tsconfig files (tests and watch modes). */
export function clearProjectOptions(): void {
  byConfig.clear();
}

function parseConfig(ts: TypeScript, configFile: string, withFiles: boolean): { options: TS.CompilerOptions; fileNames: string[] } {
  const problems: TS.Diagnostic[] = [];
  const host: TS.ParseConfigFileHost = {
    ...ts.sys,
    ...(withFiles ? {} : { readDirectory: () => [] }),
    onUnRecoverableConfigFileDiagnostic: (d) => problems.push(d),
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, host);
  if (!parsed || problems.length > 0) {
    const message = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' ')).join('; ');
    throw new RetortError('TSCONFIG_INVALID', `Could not read ${configFile}: ${message || 'unknown error'}`, {
      hint: 'Fix the tsconfig.json (run `npx tsc -p` on it to see the same error).',
    });
  }
  return { options: parsed.options, fileNames: parsed.fileNames };
}

function loadable(ts: TypeScript, own: TS.CompilerOptions): TS.CompilerOptions {
  const options: TS.CompilerOptions = {
    ...own,
    module: ts.ModuleKind.CommonJS,
    target: own.target ?? ts.ScriptTarget.ES2022,
    experimentalDecorators: own.experimentalDecorators ?? true,
    emitDecoratorMetadata: own.emitDecoratorMetadata ?? true,
    sourceMap: false,
    inlineSourceMap: true,
    inlineSources: false,
    noEmit: false,
    noEmitOnError: false,
    declaration: false,
    declarationMap: false,
    emitDeclarationOnly: false,
    composite: false,
    incremental: false,
    verbatimModuleSyntax: false,
    allowImportingTsExtensions: false,
    // emit without a full type-check (TypeScript ≥ 5.6): metadata asks the checker only what it needs
    noCheck: true,
  };
  for (const key of ['outDir', 'outFile', 'rootDir', 'sourceRoot', 'mapRoot', 'tsBuildInfoFile', 'declarationDir', 'configFilePath'] as const) {
    delete options[key];
  }
  return options;
}

/** The project's own `.d.ts` files (outside node_modules): global types a decorated member may name. */
export function projectDeclarations(project: ProjectOptions): string[] {
  return project.fileNames().filter((f) => f.endsWith('.d.ts') && !/[\\/]node_modules[\\/]/.test(f));
}
