import { runCli, type CliResult } from '../../../../apps/cli/test/support/cli-project';
import type { TempProject } from './temp-project';

/** Everything the binary printed. */
export const output = (r: CliResult) => `${r.stdout}${r.stderr}`;

/** Runs `retort ...args` in the project and fails with its output unless it exits 0. */
export async function ok(p: TempProject, ...args: string[]): Promise<CliResult> {
  const r = await runCli(args, { cwd: p.dir });
  if (r.code !== 0) throw new Error(`retort ${args.join(' ')} exited ${r.code}:\n${output(r)}`);
  return r;
}
