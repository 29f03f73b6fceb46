import { compact } from './compact';
import type { AlterColumnOp } from './operations/column-ops';
import type { SequenceOptions } from './operations/column-spec';
import type { AlterSequenceOp } from './operations/sequence-ops';
import { IrreversibleOperationError } from './irreversible-operation-error';

const ASPECTS = [
  ['type', 'existingType'],
  ['nullable', 'existingNullable'],
  ['default', 'existingDefault'],
  ['comment', 'existingComment'],
  ['identity', 'existingIdentity'],
] as const;

/** Swaps each changed aspect with its `existing*` value; the rename goes back too. */
export function reverseAlterColumn(op: AlterColumnOp): AlterColumnOp {
  const reversed: Record<string, unknown> = {
    kind: 'alterColumn',
    table: op.table,
    schema: op.schema,
    column: op.newName ?? op.column,
    newName: op.newName === undefined ? undefined : op.column,
  };
  for (const [aspect, existing] of ASPECTS) {
    if (op[aspect] === undefined) {
      reversed[existing] = op[existing];
      continue;
    }
    if (op[existing] === undefined) {
      throw new IrreversibleOperationError(
        'alterColumn',
        `${op.table}.${op.column} changes ${aspect} but does not carry ${existing}`,
        `Pass ${existing} to alterColumn so that the change can be undone.`,
      );
    }
    reversed[aspect] = op[existing];
    reversed[existing] = op[aspect];
  }
  return compact(reversed) as unknown as AlterColumnOp;
}

/** Puts back the `existing` value of each changed option. */
export function reverseAlterSequence(op: AlterSequenceOp): AlterSequenceOp {
  const existing = (op.existing ?? {}) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(op.changes)) {
    if (value === undefined) continue;
    if (existing[key] === undefined) {
      throw new IrreversibleOperationError(
        'alterSequence',
        `sequence ${op.name} changes ${key} but "existing" does not say what it was`,
        'Pass the previous values in "existing" so that the change can be undone.',
      );
    }
    changes[key] = existing[key];
  }
  return compact({
    kind: 'alterSequence',
    name: op.name,
    schema: op.schema,
    changes: changes as SequenceOptions,
    existing: compact(op.changes),
  });
}
