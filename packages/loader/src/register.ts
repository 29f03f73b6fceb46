import { readFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { aliasCandidates } from './path-alias';
import { realNodeModule, type NodeModuleInternals } from './node-module';
import { noteLoadFailure } from './load-chain';
import { transpile } from './transpile';
import { tsconfigFor } from './tsconfig';

export const TS_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx'] as const;
const JS_TO_TS: Record<string, readonly string[]> = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'], '.jsx': ['.tsx'] };

let installed = false;
/** The user's TypeScript files being loaded, outermost first. */
const loading: string[] = [];
const fallbacks = new Map<string, string>();

/**
 * When `request` cannot be resolved from the user's project, resolve it to `path` instead.
 * The CLI uses this so that `import { defineConfig } from 'retort-migrate'` works in a project that
 * runs retort through npx without listing it as a dependency.
 */
export function addResolveFallback(request: string, path: string): void {
  fallbacks.set(request, path);
  installRequireHook();
}

/**
 * Installs the require hook once per process: TypeScript files outside node_modules are
 * compiled by TypeScript as the project's `tsc` would, and bare imports from them go through tsconfig `paths`/`baseUrl`
 * (plus the `./x.js` → `./x.ts` mapping of NodeNext-style imports).
 */
export function installRequireHook(): void {
  if (installed) return;
  installed = true;
  const M = realNodeModule();
  process.setSourceMapsEnabled?.(true);
  for (const ext of TS_EXTENSIONS) {
    const previous = M._extensions[ext];
    M._extensions[ext] = (module, filename) => {
      if (isInNodeModules(filename) && previous) return previous(module, filename);
      loading.push(filename);
      try {
        module._compile(transpile(readFileSync(filename, 'utf8'), filename), filename);
      } catch (error) {
        noteLoadFailure(error, filename, loading[loading.length - 2]);
        throw error;
      } finally {
        loading.pop();
      }
    };
  }
  hookResolution(M);
}

function hookResolution(M: NodeModuleInternals): void {
  const original = M._resolveFilename;
  M._resolveFilename = function resolveWithAliases(request, parent, isMain, options) {
    try {
      return original.call(this, request, parent, isMain, options);
    } catch (error) {
      const from = parent?.filename;
      if (!from || isInNodeModules(from)) {
        const fallback = fallbacks.get(request);
        if (fallback && from) return fallback;
        throw error;
      }
      for (const candidate of alternatives(request, from)) {
        try {
          return original.call(this, candidate, parent, isMain, options);
        } catch {
          // next candidate
        }
      }
      const fallback = fallbacks.get(request);
      if (fallback) return fallback;
      throw error;
    }
  };
}

function alternatives(request: string, from: string): string[] {
  const out: string[] = [];
  const relative = request.startsWith('.') || isAbsolute(request);
  const bases = relative ? [request] : aliasCandidates(request, tsconfigFor(dirname(from)));
  for (const base of bases) {
    out.push(...jsToTs(base));
    if (!relative) out.push(base);
  }
  return out;
}

function jsToTs(request: string): string[] {
  const ext = /\.[mc]?jsx?$/.exec(request)?.[0];
  const stem = ext ? request.slice(0, -ext.length) : request;
  return ext ? (JS_TO_TS[ext] ?? []).map((tsExt) => stem + tsExt) : [];
}

function isInNodeModules(filename: string): boolean {
  return /[\\/]node_modules[\\/]/.test(filename);
}

