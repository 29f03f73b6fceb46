import { resolve } from 'node:path';
import ts from 'typescript';

const CLI_INDEX = resolve(__dirname, '..', '..', '..', '..', 'apps', 'cli', 'src', 'index.ts');

/** Type-checks one file in strict mode, `retort-migrate` mapped to the CLI's source; returns its diagnostics. */
export function typecheck(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    skipLibCheck: true,
    types: [],
    paths: { 'retort-migrate': [CLI_INDEX] },
  });
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} is not part of the program`);
  return ts
    .getPreEmitDiagnostics(program, source)
    .map((d) => `${d.start === undefined ? '' : `${source.getLineAndCharacterOfPosition(d.start).line + 1}: `}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}
