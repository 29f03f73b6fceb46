import { mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as ts from 'typescript';
import { loadUserModule } from '../../src/load-user-module';
import { userRequire } from '../../src/node-module';

const FIXTURE = join(__dirname, '..', 'fixtures', 'metadata');

type Metadata = Record<string, Record<string, string | string[]>>;

/** What a real `tsc -p` build of the fixture records: compiled into a temp dir and required. */
function tscBuild(outDir: string): Metadata {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(FIXTURE, 'tsconfig.json'), { outDir, rootDir: FIXTURE }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  })!;
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const result = program.emit();
  expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  expect(result.emitSkipped).toBe(false);
  // the build's `require('reflect-metadata')` finds the same package the fixture uses
  mkdirSync(join(outDir, 'node_modules'));
  symlinkSync(dirname(userRequire(join(FIXTURE, 'track.ts')).resolve('reflect-metadata')), join(outDir, 'node_modules', 'reflect-metadata'));
  return (userRequire(join(outDir, 'index.js'))(join(outDir, 'index.js')) as { designMetadata(): Metadata }).designMetadata();
}

describe('decorator metadata equals a tsc build', () => {
  let outDir: string;
  let cacheDir: string;
  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'retort-tsc-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'retort-cache-'));
    process.env.RETORT_CACHE_DIR = cacheDir;
  });
  afterAll(() => {
    delete process.env.RETORT_CACHE_DIR;
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  test('aliases, enums (local and imported), nullable unions, Date, Buffer, arrays, circular classes, Relation<T>, Promise<T>', () => {
    const expected = tscBuild(outDir);
    const loaded = (loadUserModule(join(FIXTURE, 'index.ts')) as { designMetadata(): Metadata }).designMetadata();
    expect(Object.keys(expected).length).toBeGreaterThan(30);
    // a few of the shapes the comparison covers, as tsc records them
    expect(expected['Book.state']).toEqual({ 'design:type': 'String' });
    expect(expected['Book.level']).toEqual({ 'design:type': 'Number' });
    expect(expected['Book.cover']).toEqual({ 'design:type': 'Buffer' });
    expect(expected['Author.latest']).toEqual({ 'design:type': 'Object' });
    expect(expected['Author.pending']).toEqual({ 'design:type': 'Promise' });
    expect(loaded).toEqual(expected);
  });
});
