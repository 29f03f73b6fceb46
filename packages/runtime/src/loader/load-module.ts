import { existsSync } from 'node:fs';
import Module from 'node:module';
import { extname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RetortError } from '@retort/errors';

const TS_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx'];
let hookInstalled = false;
type Compile = (this: Module, code: string, filename: string) => unknown;

/**
 * Teaches `require` to load TypeScript files outside node_modules: @swc/core transpiles each
 * to CommonJS with legacy decorators and decorator metadata (what TypeORM entities need) and
 * inline source maps. @swc/core is loaded on the first TypeScript file only.
 */
export function installTypeScriptHook(): void {
  if (hookInstalled) return;
  hookInstalled = true;
  const extensions = (Module as unknown as { _extensions: Record<string, (m: Module, f: string) => void> })._extensions;
  const jsLoader = extensions['.js']!;
  for (const ext of TS_EXTENSIONS) {
    extensions[ext] = (module, filename) => {
      if (filename.includes(`${sep}node_modules${sep}`)) {
        return jsLoader(module, filename);
      }
      const compile = (module as unknown as { _compile: Compile })._compile;
      (module as unknown as { _compile: Compile })._compile = function (code: string, file: string) {
        return compile.call(this, transpile(code, file), file);
      };
      return jsLoader(module, filename);
    };
  }
}

function transpile(code: string, filename: string): string {
  const swc = require('@swc/core') as typeof import('@swc/core');
  const tsx = filename.endsWith('.tsx');
  return swc.transformSync(code, {
    filename,
    sourceMaps: 'inline',
    module: { type: 'commonjs', strictMode: true, noInterop: false },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
  }).code;
}

const fallbacks = new Map<string, string>();

/**
 * When `request` cannot be resolved from the user's project, resolve it to `path` instead.
 * The CLI uses this so that `import { defineConfig } from 'retort'` works in a project that
 * runs retort through npx without listing it as a dependency.
 */
export function addResolveFallback(request: string, path: string): void {
  if (fallbacks.size === 0) {
    const M = Module as unknown as { _resolveFilename: (r: string, ...rest: unknown[]) => string };
    const original = M._resolveFilename;
    M._resolveFilename = function (r: string, ...rest: unknown[]) {
      try {
        return original.call(this, r, ...rest);
      } catch (error) {
        const fallback = fallbacks.get(r);
        if (fallback) return fallback;
        throw error;
      }
    };
  }
  fallbacks.set(request, path);
}

/** Loads a user's module (TypeScript or JavaScript, CommonJS or ESM) by absolute path. */
export async function loadModule(file: string, what: string): Promise<Record<string, unknown>> {
  if (!existsSync(file)) {
    throw new RetortError('MODULE_NOT_FOUND', `${what} ${file} does not exist.`, { hint: 'Check the path.' });
  }
  try {
    if (extname(file) === '.mjs') return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    installTypeScriptHook();
    return require(file) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof RetortError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new RetortError('MODULE_LOAD_FAILED', `Could not load ${what} ${file}: ${message}`, {
      hint: 'Fix the error in that file (run with --debug for the stack trace).',
      cause: error,
    });
  }
}
