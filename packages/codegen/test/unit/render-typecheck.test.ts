import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';
import type { Operation } from '@retort/ops';
import { renderBody, renderRevisionFile, type BodyEntry } from '@retort/codegen';
import { downgradeFor } from '@retort/diff';
import { renderRevisionSource } from '../../src/file/render-revision-file';
import { allSamples } from '../../../ops/test/unit/sample-operations';

const OPS_SOURCE = resolve(__dirname, '../../../ops/src/index');

const awkward: Operation[] = [
  { kind: 'renameTable', table: 'weird; name', newName: 'order', schema: 'it\'s \\ "q"' },
  { kind: 'createEnum', name: 'humeur', values: ['café', '🐘', 'line\nbreak\u2028', '\ud800'] },
  {
    kind: 'createIndex',
    name: 'ix',
    table: 't',
    columns: [{ column: 'a' }, { expression: 'lower(b)', order: 'desc' }],
  },
  { kind: 'execute', sql: 'SELECT $1, $2', params: [10n, new Date(0)] },
  {
    kind: 'bulkInsert',
    table: 'kv',
    rows: [
      JSON.parse('{"order": 1, "weird; key": null, "__proto__": {"a": [2]}}') as Record<
        string,
        unknown
      >,
    ],
  },
];

const upgrade: BodyEntry[] = [
  ...[...allSamples, ...awkward].map((op) => ({
    op,
    hazards: [
      {
        code: 'DATA_LOSS',
        message: `${op.kind} */ may lose data\nreally`,
        suggestion: 'be careful',
      },
    ],
  })),
];

function spec(revision: string) {
  return {
    revision,
    downRevision: null,
    branchLabels: null,
    dependsOn: null,
    message: 'every operation',
    createDate: new Date('2026-11-23T18:47:00.000Z'),
    // Both bodies mix statements and throws; drop definitions are written in the upgrade.
    upgrade: [...renderBody(upgrade), ...renderBody(upgrade, { keepDropDefinitions: true })],
    downgrade: renderBody(downgradeFor(allSamples.map((op) => ({ op, hazards: [] })))),
  };
}

/**
 * Diagnostics of compiling `files` as a user's project would; `all` includes those in the
 * facade's own sources, otherwise only the migration files' count.
 */
function diagnostics(files: string[], options: ts.CompilerOptions, all = false): string {
  const program = ts.createProgram(files, {
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    types: [],
    skipLibCheck: true,
    ...options,
  });
  const found = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => all || d.file === undefined || files.includes(d.file.fileName));
  return ts.formatDiagnostics(found, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => '/',
    getNewLine: () => '\n',
  });
}

describe('a generated migration file type-checks against the real facade', () => {
  let dir: string;
  let files: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'retort-render-'));
    const stub = join(dir, 'node_modules', 'retort-migrate');
    mkdirSync(stub, { recursive: true });
    writeFileSync(
      join(stub, 'package.json'),
      JSON.stringify({ name: 'retort-migrate', types: 'index.d.ts' }),
    );
    writeFileSync(
      join(stub, 'index.d.ts'),
      `export { Operations } from ${JSON.stringify(OPS_SOURCE)};\n`,
    );
    const versions = join(dir, 'migrations', 'versions');
    mkdirSync(versions, { recursive: true });
    files = [join(versions, 'aaaaaaaaaaaa_raw.ts'), join(versions, 'bbbbbbbbbbbb_formatted.ts')];
    writeFileSync(files[0]!, renderRevisionSource(spec('aaaaaaaaaaaa')));
    writeFileSync(files[1]!, await renderRevisionFile(spec('bbbbbbbbbbbb'), files[1]!));
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no diagnostics under strict', () => {
    expect(diagnostics(files, {}, true)).toBe('');
  }, 60_000);

  it('has no diagnostics under the strictest common options', () => {
    const strictest: ts.CompilerOptions = {
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noImplicitReturns: true,
      noPropertyAccessFromIndexSignature: true,
      noFallthroughCasesInSwitch: true,
    };
    expect(diagnostics(files, strictest)).toBe('');
  }, 60_000);

  it('would report a call the facade does not accept (the check is live)', () => {
    const broken = join(dir, 'migrations', 'versions', 'cccccccccccc_broken.ts');
    const source = renderRevisionSource({
      ...spec('cccccccccccc'),
      upgrade: ["await op.addColumn('users', { name: 'age' });", "await op.dropTabel('users');"],
    });
    writeFileSync(broken, source);
    const report = diagnostics([broken], {});
    expect(report).toContain("Property 'type' is missing");
    expect(report).toContain("Property 'dropTabel' does not exist");
  }, 60_000);
});
