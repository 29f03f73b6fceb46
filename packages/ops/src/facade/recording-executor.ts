import type { Operation } from '../operations/operation';
import type { OperationExecutor } from './operation-executor';

export interface RecordingExecutor extends OperationExecutor {
  /** Every operation run so far, in order. */
  readonly operations: Operation[];
}

/** An executor that only collects operations: run a migration's `upgrade(op)`, read `operations`. */
export function recordingExecutor(): RecordingExecutor {
  const operations: Operation[] = [];
  return {
    operations,
    async run(op) {
      operations.push(op);
    },
    autocommitBlock: (fn) => fn(),
  };
}
