import type { Operation } from '../operations/operation';
import type { OperationExecutor } from './operation-executor';

/** One recorded operation, and whether it ran inside `op.autocommitBlock()`. */
export interface RecordedOperation {
  op: Operation;
  inAutocommitBlock: boolean;
}

export interface RecordingExecutor extends OperationExecutor {
  /** Every operation run so far, in order. */
  readonly operations: Operation[];
  /** The same operations with their autocommit-block boundaries. */
  readonly recorded: RecordedOperation[];
}

/** An executor that only collects operations: run a migration's `upgrade(op)`, read `operations`. */
export function recordingExecutor(): RecordingExecutor {
  const operations: Operation[] = [];
  const recorded: RecordedOperation[] = [];
  let depth = 0;
  return {
    operations,
    recorded,
    async run(op) {
      operations.push(op);
      recorded.push({ op, inAutocommitBlock: depth > 0 });
    },
    async autocommitBlock(fn) {
      depth += 1;
      try {
        return await fn();
      } finally {
        depth -= 1;
      }
    },
  };
}
