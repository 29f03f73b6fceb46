import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve(__dirname, '../../dist/bin.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `retort` binary as a user would. */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      // plain output unless a test asks for colour (jest's workers may set FORCE_COLOR)
      env: { ...process.env, RETORT_DATABASE_URL: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

export interface RevisionFixture {
  rev: string;
  down?: string | string[] | null;
  message?: string;
  branchLabels?: string[];
  dependsOn?: string[];
  upgrade?: string;
  downgrade?: string;
}

/** A temporary project: retort.config.ts pointing at `url`, and revision files from literals. */
export class CliProject {
  readonly dir = mkdtempSync(join(tmpdir(), 'retort-cli-'));

  constructor(readonly url: string, config: Record<string, unknown> = {}) {
    mkdirSync(join(this.dir, 'migrations', 'versions'), { recursive: true });
    writeFileSync(
      join(this.dir, 'retort.config.ts'),
      `import { defineConfig } from 'retort-migrate';\nexport default defineConfig(${JSON.stringify({ url, migrations: './migrations', ...config }, null, 2)});\n`,
    );
  }

  writeRevision(f: RevisionFixture): string {
    const literal = (v: string | string[] | null | undefined) =>
      v === null || v === undefined ? 'null' : typeof v === 'string' ? JSON.stringify(v) : `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
    const file = join(this.dir, 'migrations', 'versions', `${f.rev}_${(f.message ?? 'rev').replace(/\W+/g, '_')}.ts`);
    writeFileSync(
      file,
      `/**\n * ${f.message ?? 'rev'}\n *\n * Revision ID: ${f.rev}\n */\nimport type { Operations } from 'retort-migrate';\n\n` +
        `export const revision = '${f.rev}';\nexport const downRevision: string | readonly string[] | null = ${literal(f.down)};\n` +
        `export const branchLabels: readonly string[] | null = ${literal(f.branchLabels?.length ? f.branchLabels : null)};\n` +
        `export const dependsOn: readonly string[] | null = ${literal(f.dependsOn?.length ? f.dependsOn : null)};\n\n` +
        `export async function upgrade(op: Operations): Promise<void> {\n${f.upgrade ?? ''}\n}\n\n` +
        `export async function downgrade(op: Operations): Promise<void> {\n${f.downgrade ?? ''}\n}\n`,
    );
    return file;
  }

  run(...args: string[]): Promise<CliResult> {
    return runCli(args, { cwd: this.dir });
  }

  /** Runs with extra environment variables, e.g. FORCE_COLOR or NO_COLOR. */
  runWith(env: Record<string, string | undefined>, ...args: string[]): Promise<CliResult> {
    return runCli(args, { cwd: this.dir, env });
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
