import { dirname } from 'node:path';
import type * as TS from 'typescript';
import { RetortError } from '@retort/errors';
import type { TypeScript } from './typescript-runtime';

/** A project's compiler options as the loader uses them, and what makes its emitted code differ. */
export interface ProjectOptions {
  /** The tsconfig.json they came from (undefined: none was found). */
  readonly configFile: string | undefined;
  readonly options: TS.CompilerOptions;
  /** The project's files (tsconfig `files`/`include`), as its `tsc` build sees them. */
  readonly fileNames: readonly string[];
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
  const parsed = configFile ? parseConfig(ts, configFile) : { options: {}, fileNames: [] };
  const options = loadable(ts, parsed.options);
  const result = { configFile, options, fileNames: parsed.fileNames };
  byConfig.set(key, result);
  return result;
}

/** Forgets parsed tsconfig files (tests and watch modes). */
export function clearProjectOptions(): void {
  byConfig.clear();
}

function parseConfig(ts: TypeScript, configFile: string): { options: TS.CompilerOptions; fileNames: string[] } {
  const problems: TS.Diagnostic[] = [];
  const host: TS.ParseConfigFileHost = {
    ...ts.sys,
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
  };
  for (const key of ['outDir', 'outFile', 'rootDir', 'sourceRoot', 'mapRoot', 'tsBuildInfoFile', 'declarationDir', 'configFilePath'] as const) {
    delete options[key];
  }
  return options;
}
