import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Options } from 'prettier';

type Prettier = Pick<typeof import('prettier'), 'format' | 'resolveConfig'>;

/** retort's style where the project has no prettier of its own (its config still wins). */
const OUR_DEFAULTS: Options = { singleQuote: true, printWidth: 100, trailingComma: 'all' };

/** The nearest package.json above `filePath`, if it lists prettier among its dependencies. */
function declaresPrettier(filePath: string): string | undefined {
  for (let dir = dirname(filePath); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
      const lists = [pkg.dependencies, pkg.devDependencies] as (
        Record<string, string> | undefined
      )[];
      return lists.some((deps) => deps?.prettier) ? manifest : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The project's own prettier when its package.json lists one, resolved the way the project's
 * `prettier --check` finds it, so that generated files pass that check whatever version it pins and
 * with that version's defaults; otherwise ours, with retort's defaults.
 */
async function loadPrettier(filePath: string): Promise<{ prettier: Prettier; defaults: Options }> {
  const manifest = declaresPrettier(filePath);
  if (manifest) {
    try {
      const own = createRequire(manifest)('prettier') as Partial<Prettier>;
      if (typeof own.format === 'function' && typeof own.resolveConfig === 'function') {
        return { prettier: own as Prettier, defaults: {} };
      }
    } catch {
      // declared but not installed (or not loadable): ours formats the file
    }
  }
  return { prettier: await import('prettier'), defaults: OUR_DEFAULTS };
}

/** Formats TypeScript with prettier, using the user's prettier config for `filePath` if any. */
export async function formatSource(source: string, filePath: string): Promise<string> {
  const { prettier, defaults } = await loadPrettier(filePath);
  const userOptions = (await prettier.resolveConfig(filePath, { editorconfig: true })) ?? {};
  return prettier.format(source, {
    ...defaults,
    ...userOptions,
    parser: 'typescript',
    filepath: filePath,
  });
}
