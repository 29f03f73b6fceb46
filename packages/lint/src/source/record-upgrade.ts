import { RetortError } from '@retort/errors';
import { loadModule } from '@retort/loader';
import { Operations, recordingExecutor } from '@retort/ops';
import type { RecordedCall } from '../finding';
import { callerLine, frameNames } from './call-site';

export interface RecordedUpgrade {
  calls: RecordedCall[];
  /** What upgrade() threw while it was recorded (its operations up to there are kept). */
  error: Error | null;
}

/**
 * Imports a revision file and runs its upgrade() against the ops recording executor: the
 * `op.*` calls are data, so nothing reaches a database and nothing is parsed. Each call
 * keeps the line it was made from.
 */
export async function recordUpgrade(
  file: string,
  args: Readonly<Record<string, string>>,
): Promise<RecordedUpgrade> {
  const mod = await loadModule(file, 'Migration file');
  const upgrade = mod['upgrade'];
  if (typeof upgrade !== 'function') {
    throw new RetortError(
      'BAD_REVISION_FILE',
      `Migration file ${file} does not export a function "upgrade".`,
      {
        hint: 'Add `export async function upgrade(op: Operations): Promise<void> { … }`.',
      },
    );
  }
  const names = frameNames(file);
  const recorder = recordingExecutor();
  const lines: (number | null)[] = [];
  const op = new Operations(
    {
      run: (operation) => {
        lines.push(callerLine(names));
        return recorder.run(operation);
      },
      autocommitBlock: (fn) => recorder.autocommitBlock(fn),
    },
    { args, offline: false },
  );
  let error: Error | null = null;
  try {
    await (upgrade as (op: Operations) => unknown)(op);
  } catch (thrown) {
    // the migration runs in Node's own realm: its Error is not this module's Error
    const message = (thrown as { message?: unknown } | null)?.message;
    error = new Error(typeof message === 'string' ? message : String(thrown));
  }
  const calls = recorder.recorded.map((entry, index) => ({ ...entry, line: lines[index] ?? null }));
  return { calls, error };
}
