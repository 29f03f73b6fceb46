import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RetortError } from '@retort/errors';
import { loadModule } from '@retort/loader';
import type { RetortConfig } from './config-types';
import { resolveConfig } from './resolve-config';

export const CONFIG_FILE_NAMES = ['retort.config.ts', 'retort.config.mts', 'retort.config.js', 'retort.config.mjs', 'retort.config.cjs'];

/** Walks up from `cwd` to the first folder holding a retort.config.* file. */
export function findConfigFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export interface LoadConfigOptions {
  cwd: string;
  /** -c/--config */
  configFile?: string;
  /** --url, then RETORT_DATABASE_URL, override the config's url. */
  url?: string;
  env?: NodeJS.ProcessEnv;
}

export async function loadConfig(options: LoadConfigOptions) {
  const file = options.configFile ? resolve(options.cwd, options.configFile) : findConfigFile(options.cwd);
  if (options.configFile && (!file || !existsSync(file))) {
    throw new RetortError('CONFIG_NOT_FOUND', `Config file ${file} does not exist.`, {
      hint: 'Check the -c/--config path, or run `retort init` to create one.',
    });
  }
  if (!file) {
    throw new RetortError('CONFIG_NOT_FOUND', `No retort.config.ts found in ${options.cwd} or any folder above it.`, {
      hint: 'Run `retort init` to create one, or pass -c/--config PATH.',
    });
  }
  const mod = await loadModule(file, 'Config file');
  const raw = (mod.default ?? mod) as unknown;
  const config = (raw && typeof raw === 'object' && 'default' in raw ? (raw as { default: unknown }).default : raw) as RetortConfig;
  if (!config || typeof config !== 'object') {
    throw new RetortError('BAD_CONFIG', `Config file ${file} has no default export object.`, {
      hint: "End it with `export default defineConfig({ ... })` (import { defineConfig } from 'retort-migrate').",
    });
  }
  const env = options.env ?? process.env;
  return resolveConfig(config, file, { url: options.url ?? (env.RETORT_DATABASE_URL || undefined) });
}
