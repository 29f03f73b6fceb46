import type { CodeBlockWriter, StatementStructures } from 'ts-morph';

// ts-morph is heavy (it carries the TypeScript compiler): load it only when a file is written,
// so that `check` and `diff`, which render single operations, never pay for it.
type TsMorph = typeof import('ts-morph');
const tsMorph = (): TsMorph => require('ts-morph') as TsMorph;
import type { RevisionFileSpec } from './revision-file-spec';

const literal = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const list = (values: readonly string[]) => `[${values.map(literal).join(', ')}] as const`;

function header(spec: RevisionFileSpec): string {
  const down =
    spec.downRevision === null
      ? ''
      : typeof spec.downRevision === 'string'
        ? spec.downRevision
        : spec.downRevision.join(', ');
  const message = spec.message.replace(/\*\//g, '*\\/').split(/\r?\n/);
  return [
    '/**',
    ...message.map((l) => ` * ${l}`.trimEnd()),
    ' *',
    ` * Revision ID: ${spec.revision}`,
    ` * Revises: ${down}`,
    ` * Create Date: ${spec.createDate.toISOString().replace('T', ' ')}`,
    ...(spec.notes?.length ? [' *', ...spec.notes.map((n) => ` * ${n}`.trimEnd())] : []),
    ' */',
  ].join('\n');
}

function constant(
  name: string,
  type: string | undefined,
  initializer: string,
): StatementStructures {
  const { StructureKind, VariableDeclarationKind } = tsMorph();
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, type, initializer }],
  };
}

const BLANK_HINT = "// nothing to do yet; for example: await op.execute('UPDATE …');";
/** A body that never touches `op` (blank, or only a throw) must not trip noUnusedParameters. */
const MARK_USED = 'void op; // op is unused so far';

function migrationFunction(
  name: 'upgrade' | 'downgrade',
  body: readonly string[],
): StatementStructures {
  return {
    kind: tsMorph().StructureKind.Function,
    isExported: true,
    isAsync: true,
    name,
    // always `op`, so that code written into a blank revision works as written
    parameters: [{ name: 'op', type: 'Operations' }],
    returnType: 'Promise<void>',
    statements: body.some((s) => /\bop\b/.test(s)) ? [...body] : body.length ? [MARK_USED, ...body] : [BLANK_HINT, MARK_USED],
  };
}

/**
 * The TypeScript source of a revision file (unformatted). The four graph exports are literal
 * constants so that the script directory can read the graph from the text alone.
 */
export function renderRevisionSource(spec: RevisionFileSpec): string {
  const { Project, StructureKind } = tsMorph();
  const project = new Project({ useInMemoryFileSystem: true });
  const down =
    spec.downRevision === null
      ? 'null'
      : typeof spec.downRevision === 'string'
        ? literal(spec.downRevision)
        : list(spec.downRevision);
  const file = project.createSourceFile('revision.ts', {
    statements: [
      header(spec),
      {
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        namedImports: ['Operations'],
        moduleSpecifier: 'retort-migrate',
      },
      (writer: CodeBlockWriter) => writer.blankLine(),
      constant('revision', undefined, literal(spec.revision)),
      constant('downRevision', 'string | readonly string[] | null', down),
      constant(
        'branchLabels',
        'readonly string[] | null',
        spec.branchLabels?.length ? list(spec.branchLabels) : 'null',
      ),
      constant(
        'dependsOn',
        'readonly string[] | null',
        spec.dependsOn?.length ? list(spec.dependsOn) : 'null',
      ),
      migrationFunction('upgrade', spec.upgrade),
      migrationFunction('downgrade', spec.downgrade),
    ],
  });
  return file.getFullText();
}
