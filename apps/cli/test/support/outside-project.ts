import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');
const FIXTURES = resolve(__dirname, '..', 'fixtures', 'outside');

/** The environment of a user's shell: no pnpm/npm script variables, no retort test variables. */
function userEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|PNPM_|RETORT_|JEST_)/i.test(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** `pnpm run pack` (the bundling step; the build ran before the tests): the tarball's path. */
export function packTarball(): string {
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'pack', 'pack.cjs')], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
  const [tarball] = readdirSync(join(REPO_ROOT, 'pack')).filter((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('pack wrote no tarball');
  return join(REPO_ROOT, 'pack', tarball);
}

export interface InstallOptions {
  /** The package manager that installs the project and the tarball (default npm). */
  installer?: 'npm' | 'pnpm' | 'yarn';
  /** Pins that replace the fixture's (`null` removes the package), e.g. `{ 'drizzle-orm': '0.36.0' }`. */
  devDependencies?: Record<string, string | null>;
  /** A folder put first on PATH for every command: another Node.js's `bin`. */
  pathPrefix?: string;
}

const INSTALL: Record<
  NonNullable<InstallOptions['installer']>,
  (tarball: string) => [string, string[]]
> = {
  // the local caches first: the registry is only asked for what they lack
  npm: (t) => [
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '-D', t],
  ],
  pnpm: (t) => ['npx', ['-y', 'pnpm@10.34.9', 'add', '--prefer-offline', '-D', t]],
  yarn: (t) => [
    'npx',
    [
      '-y',
      'yarn@1.22.22',
      'add',
      '--prefer-offline',
      '--non-interactive',
      '--silent',
      '-D',
      `file:${t}`,
    ],
  ],
};

/** A copy of a fixture project in the OS temp folder (outside the workspace), installed with the tarball. */
export class OutsideProject {
  readonly dir: string;

  constructor(
    readonly fixture: string,
    tarball: string,
    private readonly options: InstallOptions = {},
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `retort-outside-${fixture}-`));
    cpSync(join(FIXTURES, this.fixture), this.dir, { recursive: true });
    this.pin(options.devDependencies ?? {});
    const [command, args] = INSTALL[options.installer ?? 'npm'](tarball);
    this.exec(command, args);
  }

  /** Back to the fixture's files (but the installed manifest): no retort config, no migrations, no embedded database. */
  reset(): void {
    for (const name of ['retort.config.ts', 'migrations', '.retort', '.gitignore'])
      rmSync(join(this.dir, name), { recursive: true, force: true });
    cpSync(join(FIXTURES, this.fixture), this.dir, {
      recursive: true,
      filter: (from) => !from.endsWith('package.json'),
    });
  }

  private pin(pins: Record<string, string | null>): void {
    const manifest = JSON.parse(this.read('package.json')) as Record<
      string,
      Record<string, string> | undefined
    >;
    for (const [name, version] of Object.entries(pins)) {
      for (const field of ['dependencies', 'devDependencies']) delete manifest[field]?.[name];
      if (version !== null)
        manifest.devDependencies = { ...manifest.devDependencies, [name]: version };
    }
    writeFileSync(join(this.dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }

  exec(command: string, args: string[], env: Record<string, string | undefined> = {}): string {
    const path = this.options.pathPrefix
      ? `${this.options.pathPrefix}${delimiter}${process.env.PATH ?? ''}`
      : undefined;
    const r = spawnSync(command, args, {
      cwd: this.dir,
      env: userEnv({ ...(path ? { PATH: path } : {}), ...env }),
      encoding: 'utf8',
    });
    if (r.status !== 0)
      throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}${r.stderr}`);
    return `${r.stdout}${r.stderr}`;
  }

  /** The installed `retort` binary, as `npx retort` would find it. */
  retort(args: string[], env: Record<string, string | undefined> = {}): string {
    return this.exec(join(this.dir, 'node_modules', '.bin', 'retort'), args, env);
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  edit(path: string, from: string, to: string): void {
    const text = this.read(path);
    if (!text.includes(from)) throw new Error(`${path} does not contain ${from}`);
    writeFileSync(join(this.dir, path), text.replace(from, to));
  }

  revisions(): string[] {
    return readdirSync(join(this.dir, 'migrations', 'versions'))
      .filter((f) => f.endsWith('.ts'))
      .sort();
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
