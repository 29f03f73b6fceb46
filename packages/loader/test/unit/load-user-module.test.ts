import { join } from 'node:path';
import { loadUserModule } from '../../src/load-user-module';

const DIR = join(__dirname, '..', 'fixtures', 'loader');

describe('loadUserModule', () => {
  test('emits decorator metadata (what makes TypeORM infer `title: string` as varchar)', () => {
    const mod = loadUserModule(join(DIR, 'decorated.ts')) as { designTypes: string[] };
    expect(mod.designTypes).toEqual(['String', 'Number', 'Date']);
  });

  test('resolves tsconfig paths (wildcard and exact) and NodeNext-style `.js` imports of .ts files', () => {
    const mod = loadUserModule(join(DIR, 'uses-alias.ts')) as { message: string };
    expect(mod.message).toBe('hello alias / hello exact / hello nodenext');
  });

  test('loads ESM syntax (.mts with a default export)', async () => {
    const mod = loadUserModule(join(DIR, 'esm-syntax.mts')) as { default: number; shout(s: string): Promise<string> };
    expect(mod.default).toBe(42);
    await expect(mod.shout('hi')).resolves.toBe('HI');
  });

  test('a file that throws: MODULE_LOAD_FAILED naming the file, the message and where it was thrown', () => {
    const error = catchError(() => loadUserModule(join(DIR, 'throws.ts')));
    expect(error).toMatchObject({ code: 'MODULE_LOAD_FAILED' });
    expect(error.message).toMatch(/Could not load module .*throws\.ts: DATABASE_URL is not set/);
    // Under plain Node the inline source map makes this `throws.ts:8:9`; Jest's own
    // source-map-support replaces V8's mapping, so only the file is asserted here.
    expect(error.message).toMatch(/\n {4}at .*throws\.ts:\d+:\d+$/);
  });

  test("a syntax error: TypeScript's message at file:line:column, no compiler backtrace", () => {
    const error = catchError(() => loadUserModule(join(DIR, 'syntax-error.ts')));
    expect(error).toMatchObject({ code: 'MODULE_LOAD_FAILED' });
    expect(error.message).toMatch(/^Could not load module .*syntax-error\.ts: SyntaxError: Property assignment expected\.\n {4}at .*syntax-error\.ts:1:24$/);
  });

  test('an error in an imported file names that file and the module that imported it', () => {
    const syntax = catchError(() => loadUserModule(join(DIR, 'imports-broken.ts')));
    expect(syntax.message).toMatch(/^Could not load module .*imports-broken\.ts: SyntaxError: .*\n {4}at .*syntax-error\.ts:1:24\n {4}while loading .*syntax-error\.ts, imported by .*imports-broken\.ts$/);
    const thrown = catchError(() => loadUserModule(join(DIR, 'imports-throwing.ts')));
    expect(thrown.message).toMatch(/DATABASE_URL is not set\n {4}at .*throws\.ts:\d+:\d+\n {4}while loading .*throws\.ts, imported by .*imports-throwing\.ts$/);
    expect(thrown.message).not.toMatch(/node:internal/);
  });

  test('a missing file: MODULE_NOT_FOUND', () => {
    expect(catchError(() => loadUserModule(join(DIR, 'nope.ts')))).toMatchObject({ code: 'MODULE_NOT_FOUND' });
  });
});

function catchError(fn: () => unknown): Error & { code?: string } {
  try {
    fn();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected an error');
}
