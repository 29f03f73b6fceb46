import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadUserModule } from './load-user-module';

/**
 * Loads a user's module by absolute path: `.mjs` through `import()`, everything else (TypeScript
 * included) through the require hook. Errors are loadUserModule's (MODULE_NOT_FOUND,
 * MODULE_LOAD_FAILED), naming the file.
 */
export async function loadModule(file: string, what = 'module'): Promise<Record<string, unknown>> {
  if (extname(file) === '.mjs') return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return loadUserModule(file, what) as Record<string, unknown>;
}
