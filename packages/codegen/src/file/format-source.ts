import { createRequire } from 'node:module';
import type { Options } from 'prettier';

type Prettier = Pick<typeof import('prettier'), 'format' | 'resolveConfig'>;

/**
 * The project's own prettier, resolved from the folder the file will live in (as the project's
 * `prettier --check` would find it), so that generated files pass the project's formatting check
 * whatever prettier version it pins; ours when the project has none.
 */
async function loadPrettier(filePath: string): Promise<Prettier> {
  try {
    const own = createRequire(filePath)('prettier') as Partial<Prettier>;
    if (typeof own.format === 'function' && typeof own.resolveConfig === 'function') {
      return own as Prettier;
    }
  } catch {
    // no prettier in the project (or one that does not load): ours formats the file
  }
  return import('prettier');
}

/** Formats TypeScript with prettier, using the user's prettier config for `filePath` if any. */
export async function formatSource(source: string, filePath: string): Promise<string> {
  const prettier = await loadPrettier(filePath);
  const userOptions = (await prettier.resolveConfig(filePath, { editorconfig: true })) ?? {};
  const options: Options = {
    singleQuote: true,
    printWidth: 100,
    trailingComma: 'all',
    ...userOptions,
    parser: 'typescript',
    filepath: filePath,
  };
  return prettier.format(source, options);
}
