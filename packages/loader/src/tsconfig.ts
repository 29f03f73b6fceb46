import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseJsonc } from './jsonc';
import { realNodeModule } from './node-module';

/** The module-resolution options the require hook honours (`paths`, `baseUrl`), made absolute. */
export interface TsconfigOptions {
  /** The tsconfig.json these options came from (undefined: none was found). */
  readonly file: string | undefined;
  /** Every config file read (the `extends` chain), for cache keys. */
  readonly sources: readonly string[];
  readonly baseUrl: string | undefined;
  readonly paths: Readonly<Record<string, readonly string[]>> | undefined;
  /** Where `paths` entries are resolved from: baseUrl, else the directory of the config declaring `paths`. */
  readonly pathsBase: string | undefined;
}

const EMPTY: TsconfigOptions = {
  file: undefined, sources: [], baseUrl: undefined, paths: undefined, pathsBase: undefined,
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
    baseUrl?: string; paths?: Record<string, string[]>;
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
    sources: [...seen],
    baseUrl,
    paths: co.paths ?? merged.paths,
    pathsBase,
  };
}

function definedOnly(options: TsconfigOptions): Partial<TsconfigOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
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
