import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearCompileContexts } from '../../src/compile-context';
import { clearProjectOptions } from '../../src/compiler-options';
import { clearTsconfigCache } from '../../src/tsconfig';
import { clearEmitKeys } from '../../src/emit-key';
import { compileStats, transpile } from '../../src/transpile';

const FIXTURE = join(__dirname, '..', 'fixtures', 'cache');

/** A fresh process as far as the loader knows: only the on-disk cache remains. */
function newRun(): void {
  clearEmitKeys();
  clearCompileContexts();
  clearProjectOptions();
  clearTsconfigCache();
  Object.assign(compileStats, { compiled: 0, cached: 0, compilerUsed: 0 });
}

function compile(dir: string, name: string): string {
  const file = join(dir, name);
  return transpile(readFileSync(file, 'utf8'), file);
}

describe('on-disk cache of emitted code', () => {
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'retort-project-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'retort-cache-'));
    cpSync(FIXTURE, dir, { recursive: true });
    process.env.RETORT_CACHE_DIR = cacheDir;
  });
  afterEach(() => {
    delete process.env.RETORT_CACHE_DIR;
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  test('a second run over unchanged files compiles nothing and does not need TypeScript', () => {
    newRun();
    const first = [compile(dir, 'execution.ts'), compile(dir, 'plain.ts')];
    expect(compileStats).toEqual({ compiled: 2, cached: 0, compilerUsed: 2 });
    expect(first[0]).toContain('__metadata("design:type", String)');
    newRun();
    expect([compile(dir, 'execution.ts'), compile(dir, 'plain.ts')]).toEqual(first);
    expect(compileStats).toEqual({ compiled: 0, cached: 2, compilerUsed: 0 });
  });

  test('changing a file that a decorated file imports a type from recompiles it; an unrelated change does not', () => {
    newRun();
    compile(dir, 'execution.ts');
    writeFileSync(join(dir, 'plain.ts'), 'export const answer = 43;\n');
    newRun();
    compile(dir, 'execution.ts');
    expect(compileStats.compiled).toBe(0);
    writeFileSync(join(dir, 'state.ts'), 'export type State = 1 | 2;\n');
    newRun();
    expect(compile(dir, 'execution.ts')).toContain('__metadata("design:type", Number)');
    expect(compileStats.compiled).toBe(1);
  });

  test('changing tsconfig.json recompiles', () => {
    newRun();
    expect(compile(dir, 'execution.ts')).toContain('__metadata');
    writeFileSync(join(dir, 'tsconfig.json'), '{ "compilerOptions": { "experimentalDecorators": true, "emitDecoratorMetadata": false } }');
    newRun();
    expect(compile(dir, 'execution.ts')).not.toContain('__metadata');
    expect(compileStats.compiled).toBe(1);
  });
});
