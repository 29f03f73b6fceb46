import { RetortError } from '@retort/errors';

/** Raised by `reverseOp` for an operation that has no inverse (or lacks what the inverse needs). */
export class IrreversibleOperationError extends RetortError {
  readonly operationKind: string;

  constructor(operationKind: string, reason: string, hint?: string) {
    super('IRREVERSIBLE_OPERATION', `Cannot reverse ${operationKind}: ${reason}`, {
      hint:
        hint ??
        'Write the downgrade step by hand, or give the operation the definition it needs to be reversed.',
    });
    this.operationKind = operationKind;
  }
}
