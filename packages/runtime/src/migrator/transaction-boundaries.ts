import { RetortError } from '@retort/errors';
import { compileOperation, Operations, recordingExecutor, type Operation, type Statement } from '@retort/ops';
import type { MigrationModule } from './migration-module';

export interface BoundaryCheckStep {
  file: string;
  direction: 'up' | 'down';
  runScript: boolean;
}

/** A statement that cannot run in a transaction, called outside `op.autocommitBlock()`. */
export function outsideBlockError(op: Operation, statement: Statement, where: { file: string; fn: string; index: number } | null): RetortError {
  const place = where ? `${where.file}: ${where.fn}() operation ${where.index + 1} (op.${op.kind})` : `op.${op.kind}`;
  return new RetortError(
    'NEEDS_AUTOCOMMIT_BLOCK',
    `${place} runs \`${statement.sql}\` outside op.autocommitBlock(). PostgreSQL cannot run it inside a transaction, and retort never commits behind your back. Nothing was run.`,
    {
      hint: `Wrap it so reviewers see the commit: \`await op.autocommitBlock(async () => { await op.${op.kind}(…); });\` (the work before the block is committed when it starts).`,
    },
  );
}

/**
 * Records every migration of the plan with a recording executor (upgrade()/downgrade() only
 * call `op.*`) and refuses the whole plan, before anything runs, when one of them has a
 * non-transactional statement outside an autocommit block. A function that throws while
 * recording is left to the real run, which reports the error with its rollback.
 */
export async function checkTransactionBoundaries(
  steps: readonly BoundaryCheckStep[],
  modules: ReadonlyMap<string, MigrationModule>,
  args: Readonly<Record<string, string>>,
  offline: boolean,
): Promise<void> {
  for (const step of steps) {
    const mod = step.runScript ? modules.get(step.file) : undefined;
    if (!mod) continue;
    const recorder = recordingExecutor();
    const op = new Operations(recorder, { args, offline });
    const fn = step.direction === 'up' ? 'upgrade' : 'downgrade';
    try {
      await mod[fn](op);
    } catch {
      // reported by the run itself
    }
    for (const [index, entry] of recorder.recorded.entries()) {
      if (entry.inAutocommitBlock) continue;
      const bad = safeCompile(entry.op).find((s) => !s.transactional);
      if (bad) throw outsideBlockError(entry.op, bad, { file: step.file, fn, index });
    }
  }
}

function safeCompile(op: Operation): Statement[] {
  try {
    return compileOperation(op);
  } catch {
    return [];
  }
}
