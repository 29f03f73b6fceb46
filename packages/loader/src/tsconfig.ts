import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseJsonc } from './jsonc';
import { realNodeModule } from './node-module';

/** The few compiler options the loader honours, with paths made absolute. */
export interface TsconfigOptions {
  /** The tsconfig.json these options came from (undefined: none was found). */
  readonly file: string | undefined;
  readonly baseUrl: string | undefined;
  readonly paths: Readonly<Record<string, readonly string[]>> | undefined;
  /** Where `paths` entries are resolved from: baseUrl, else the directory of the config declaring `paths`. */
  readonly pathsBase: string | undefined;
  readonly useDefineForClassFields: boolean | undefined;
  readonly jsx: { factory?: string; fragment?: string; runtime?: 'automatic' | 'classic' } | undefined;
}

const EMPTY: TsconfigOptions = {
  file: undefined, baseUrl: undefined, paths: undefined, pathsBase: undefined,
  useDefineForClassFields: undefined, jsx: undefined,
};
const byDirectory = new Map<string, TsconfigOptions>();

/** The options of the nearest tsconfig.json at or above `dir` (cached per directory). */
export function tsconfigFor(dir: string): TsconfigOptions {
  const hit = byDirectory.get(dir);
  if (hit) return hit;
  const candidate = join(dir, 'tsconfig.json');
  const parent = dirname(dir);
  const found = existsSync(candidate) ? readTsconfig(candidate, new Set()) : parent === dir ? EMPTY : tsconfigFor(parent);
  byDirectory.set(dir, found);
  return found;
}

/** Forgets cached tsconfig lookups (tests and watch modes). */
export function clearTsconfigCache(): void {
  byDirectory.clear();
}

interface RawConfig {
  extends?: string | string[];
  compilerOptions?: {
    baseUrl?: string; paths?: Record<string, string[]>; useDefineForClassFields?: boolean;
    jsx?: string; jsxFactory?: string; jsxFragmentFactory?: string;
  };
}

function readTsconfig(file: string, seen: Set<string>): TsconfigOptions {
  if (seen.has(file)) return EMPTY;
  seen.add(file);
  const raw = parseJsonc(readFileSync(file, 'utf8')) as RawConfig;
  const bases = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  let merged: TsconfigOptions = EMPTY;
  for (const base of bases) {
    const baseFile = resolveExtends(base, dirname(file));
    if (baseFile) merged = { ...merged, ...definedOnly(readTsconfig(baseFile, seen)) };
  }
  const co = raw.compilerOptions ?? {};
  const dir = dirname(file);
  const baseUrl = co.baseUrl === undefined ? merged.baseUrl : resolve(dir, co.baseUrl);
  const pathsBase = co.paths !== undefined ? (baseUrl ?? dir) : (co.baseUrl !== undefined ? baseUrl : merged.pathsBase);
  return {
    file,
    baseUrl,
    paths: co.paths ?? merged.paths,
    pathsBase,
    useDefineForClassFields: co.useDefineForClassFields ?? merged.useDefineForClassFields,
    jsx: co.jsx === undefined && co.jsxFactory === undefined ? merged.jsx : jsxOptions(co),
  };
}

function definedOnly(options: TsconfigOptions): Partial<TsconfigOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

function jsxOptions(co: NonNullable<RawConfig['compilerOptions']>): TsconfigOptions['jsx'] {
  const automatic = co.jsx === 'react-jsx' || co.jsx === 'react-jsxdev';
  return {
    runtime: automatic ? 'automatic' : 'classic',
    ...(co.jsxFactory ? { factory: co.jsxFactory } : {}),
    ...(co.jsxFragmentFactory ? { fragment: co.jsxFragmentFactory } : {}),
  };
}

function resolveExtends(spec: string, fromDir: string): string | undefined {
  if (spec.startsWith('.') || isAbsolute(spec)) {
    const full = resolve(fromDir, spec);
    if (existsSync(full)) return full;
    return existsSync(`${full}.json`) ? `${full}.json` : undefined;
  }
  const req = realNodeModule().createRequire(join(fromDir, 'tsconfig.json'));
  for (const candidate of [spec, `${spec}/tsconfig.json`, `${spec}.json`]) {
    try {
      return req.resolve(candidate);
    } catch {
      // try the next form
    }
  }
  return undefined;
}
