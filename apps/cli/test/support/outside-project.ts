import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

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
  execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'pack', 'pack.cjs')], { cwd: REPO_ROOT, stdio: 'pipe' });
  const [tarball] = readdirSync(join(REPO_ROOT, 'pack')).filter((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('pack wrote no tarball');
  return join(REPO_ROOT, 'pack', tarball);
}

/** A copy of a fixture project in the OS temp folder (outside the workspace), npm-installed with the tarball. */
export class OutsideProject {
  readonly dir: string;

  constructor(readonly fixture: string, tarball: string) {
    this.dir = mkdtempSync(join(tmpdir(), `retort-outside-${fixture}-`));
    this.reset();
    // the local npm cache first: the registry is only asked for what the cache lacks
    this.exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', '-D', tarball]);
  }

  /** Back to the fixture's files: no retort config, no migrations, no embedded database. */
  reset(): void {
    for (const name of ['retort.config.ts', 'migrations', '.retort', '.gitignore']) rmSync(join(this.dir, name), { recursive: true, force: true });
    cpSync(join(FIXTURES, this.fixture), this.dir, { recursive: true });
  }

  exec(command: string, args: string[], env: Record<string, string | undefined> = {}): string {
    const r = spawnSync(command, args, { cwd: this.dir, env: userEnv(env), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}${r.stderr}`);
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
    return readdirSync(join(this.dir, 'migrations', 'versions')).filter((f) => f.endsWith('.ts')).sort();
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
