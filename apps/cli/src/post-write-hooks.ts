import { spawnSync } from 'node:child_process';
import { RetortError } from '@retort/errors';

/** Alembic's post_write_hooks: each command runs in the project folder, `{file}` the new file. */
export function runPostWriteHooks(hooks: readonly string[], file: string, cwd: string, info: (line: string) => void): void {
  const quoted = `'${file.replace(/'/g, `'\\''`)}'`;
  for (const hook of hooks) {
    const command = hook.includes('{file}') ? hook.replace(/\{file\}/g, quoted) : `${hook} ${quoted}`;
    info(`Running post-write hook: ${command}`);
    const result = spawnSync(command, { cwd, shell: true, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) {
      throw new RetortError('POST_WRITE_HOOK_FAILED', `Post-write hook "${hook}" exited with status ${result.status ?? result.signal} on ${file}.`, {
        hint: 'The revision file was written; fix the hook (config "postWriteHooks") or the file, and run the hook by hand.',
      });
    }
  }
}
