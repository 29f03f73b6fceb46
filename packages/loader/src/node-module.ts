import * as nodeModule from 'node:module';

/** The parts of Node's (undocumented but stable) CommonJS loader that the require hook uses. */
export interface NodeModuleInternals {
  _extensions: Record<string, (module: CompilableModule, filename: string) => void>;
  _resolveFilename: (request: string, parent: ParentModule | undefined, isMain: boolean, options?: unknown) => string;
  createRequire(filename: string): NodeJS.Require;
}
export interface CompilableModule {
  _compile(code: string, filename: string): unknown;
}
export interface ParentModule {
  filename?: string | null;
  id?: string;
}

let cached: NodeModuleInternals | undefined;

/**
 * Node's real `Module` class. Under Jest, `require('module')` is a subclass whose statics are
 * copies (and whose `createRequire` loads into Jest's registry), so we step up to its parent:
 * the user's code must run in the same realm as the ORM copy we read the metadata from.
 */
export function realNodeModule(): NodeModuleInternals {
  if (cached) return cached;
  const own = ((nodeModule as { default?: unknown }).default ?? nodeModule) as { Module?: unknown };
  const M = (own.Module ?? own) as NodeModuleInternals;
  const parent = Object.getPrototypeOf(M) as Partial<NodeModuleInternals> | null;
  cached = parent && typeof parent._resolveFilename === 'function' ? (parent as NodeModuleInternals) : M;
  return cached;
}

/** A `require` that resolves from `fromFile` (so the user's own copy of an ORM is used). */
export function userRequire(fromFile: string): NodeJS.Require {
  return realNodeModule().createRequire(fromFile);
}
