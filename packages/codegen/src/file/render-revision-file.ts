import CodeBlockWriter from 'code-block-writer';
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

const BLANK_HINT = "// nothing to do yet; for example: await op.execute('UPDATE …');";
/** A body that never touches `op` (blank, or only a throw) must not trip noUnusedParameters. */
const MARK_USED = 'void op; // op is unused so far';

function bodyOf(body: readonly string[]): string[] {
  return body.some((s) => /\bop\b/.test(s)) ? [...body] : body.length ? [MARK_USED, ...body] : [BLANK_HINT, MARK_USED];
}

const CLOSE_BRACE = '}'.charCodeAt(0);
const isWhitespace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Writes statements one after the other the way ts-morph's statement printer does (this file
 * used to build the source with ts-morph structures; the same writer, without loading the
 * TypeScript compiler): a blank line after a closing brace, else a new line.
 */
function statements(writer: CodeBlockWriter, items: readonly (() => void)[]): void {
  for (const item of items) {
    const afterBrace = writer.iterateLastCharCodes((c) => (c === CLOSE_BRACE ? true : isWhitespace(c) ? undefined : false)) === true;
    if (afterBrace) writer.blankLineIfLastNot();
    else if (!writer.isAtStartOfFirstLineOfBlock()) writer.newLineIfLastNot();
    item();
  }
}

/**
 * The TypeScript source of a revision file (unformatted: prettier formats it). The four graph
 * exports are literal constants so that the script directory can read the graph from the text
 * alone. Written with code-block-writer, which keeps multi-line statements indented and leaves
 * the inside of strings and template literals alone.
 */
export function renderRevisionSource(spec: RevisionFileSpec): string {
  const writer = new CodeBlockWriter({ newLine: '\n', indentNumberOfSpaces: 4, useTabs: false, useSingleQuote: false });
  const down = spec.downRevision === null ? 'null' : typeof spec.downRevision === 'string' ? literal(spec.downRevision) : list(spec.downRevision);
  const structure = (text: () => void) => () => {
    writer.closeComment();
    text();
  };
  const constant = (name: string, type: string | undefined, initializer: string) =>
    structure(() => writer.write(`export const ${name}${type === undefined ? '' : `: ${type}`} = ${initializer};`));
  const migrationFunction = (name: 'upgrade' | 'downgrade', body: readonly string[]) => () => {
    if (!writer.isAtStartOfFirstLineOfBlock()) writer.blankLineIfLastNot();
    writer.closeComment();
    // always `op`, so that code written into a blank revision works as written
    writer.write(`export async function ${name}(op: Operations): Promise<void>`).space().inlineBlock(() => {
      statements(writer, bodyOf(body).map((s) => () => writer.write(s)));
    });
  };
  statements(writer, [
    () => writer.write(header(spec)),
    structure(() => writer.write('import type { Operations } from "retort-migrate";')),
    () => writer.blankLine(),
    constant('revision', undefined, literal(spec.revision)),
    constant('downRevision', 'string | readonly string[] | null', down),
    constant('branchLabels', 'readonly string[] | null', spec.branchLabels?.length ? list(spec.branchLabels) : 'null'),
    constant('dependsOn', 'readonly string[] | null', spec.dependsOn?.length ? list(spec.dependsOn) : 'null'),
    migrationFunction('upgrade', spec.upgrade),
    migrationFunction('downgrade', spec.downgrade),
  ]);
  const text = writer.toString();
  return text.endsWith('\n') ? text : `${text}\n`;
}
