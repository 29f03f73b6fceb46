import type { Options } from 'prettier';

/** Formats TypeScript with prettier, using the user's prettier config for `filePath` if any. */
export async function formatSource(source: string, filePath: string): Promise<string> {
  const prettier = await import('prettier');
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
