import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `retort init` found in a project that has no retort config yet. */
export type DetectedProject =
  | { kind: 'drizzle'; file: string }
  | { kind: 'typeorm'; file: string; foundBy: string };

export const DRIZZLE_CONFIG_NAMES = ['drizzle.config.ts', 'drizzle.config.mts', 'drizzle.config.js', 'drizzle.config.mjs', 'drizzle.config.cjs'];
export const DATA_SOURCE_PATHS = [
  'src/data-source.ts', 'src/data-source.js', 'src/datasource.ts', 'src/app-data-source.ts',
  'src/db/data-source.ts', 'src/database/data-source.ts', 'src/config/data-source.ts', 'data-source.ts', 'data-source.js',
];
/** `typeorm … -d path`, `--dataSource path`, `--dataSource=path`. */
const DATA_SOURCE_FLAG = /(?:^|\s)(?:-d|--dataSource|--data-source)(?:\s+|=)["']?([^\s"']+)/;

/** The drizzle.config in `dir`, else the TypeORM DataSource named by package.json scripts or found at a usual path. */
export function detectProject(dir: string): DetectedProject | null {
  const drizzle = DRIZZLE_CONFIG_NAMES.find((name) => existsSync(join(dir, name)));
  if (drizzle) return { kind: 'drizzle', file: `./${drizzle}` };
  for (const [name, script] of Object.entries(packageScripts(dir))) {
    const match = /typeorm/.test(script) ? DATA_SOURCE_FLAG.exec(script) : null;
    if (match && existsSync(join(dir, match[1]!))) {
      return { kind: 'typeorm', file: `./${match[1]!.replace(/^\.\//, '')}`, foundBy: `package.json script "${name}"` };
    }
  }
  const usual = DATA_SOURCE_PATHS.find((path) => existsSync(join(dir, path)) && /new\s+DataSource\s*\(/.test(readFileSync(join(dir, path), 'utf8')));
  return usual ? { kind: 'typeorm', file: `./${usual}`, foundBy: 'its usual path' } : null;
}

function packageScripts(dir: string): Record<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    return manifest.scripts ?? {};
  } catch {
    return {};
  }
}
