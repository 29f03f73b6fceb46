import { IrreversibleOperationError, reverseOp, type Operation } from '@retort/ops';
import type { BodyEntry } from './render-body';

function reason(error: IrreversibleOperationError): string {
  const message = error.message.replace(/[.\s]+$/, '');
  return error.hint === undefined ? `${message}.` : `${message}. ${error.hint}`;
}

/**
 * The downgrade body of `upgrade`, computed now (at generation time): each operation reversed,
 * last first; an operation without an inverse becomes an `irreversible` entry in its place.
 */
export function downgradeEntries(upgrade: readonly Operation[]): BodyEntry[] {
  return [...upgrade].reverse().map((op): BodyEntry => {
    try {
      return { op: reverseOp(op) };
    } catch (error) {
      if (error instanceof IrreversibleOperationError) return { irreversible: reason(error) };
      throw error;
    }
  });
}
