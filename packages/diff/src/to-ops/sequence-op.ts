import type { AlterSequenceOp, CreateSequenceOp, DropSequenceOp, SequenceOwner } from '@retort/ops';
import type { Sequence } from '@retort/schema';
import { reverseOp } from '@retort/ops';
import { objectTarget, opSchema } from './names';
import { minimalSequenceOptions } from './sequence-options';

/** CREATE SEQUENCE without its owner (OWNED BY needs the table: see ownSequenceOp). */
export function createSequenceOp(sequence: Sequence): CreateSequenceOp {
  const op: CreateSequenceOp = {
    kind: 'createSequence',
    ...objectTarget(sequence.schema, sequence.name),
  };
  if (sequence.type !== 'bigint') op.as = sequence.type;
  return { ...op, ...minimalSequenceOptions(sequence.type, sequence) };
}

export function dropSequenceOp(sequence: Sequence): DropSequenceOp {
  return reverseOp(createSequenceOp(sequence)) as DropSequenceOp;
}

export function sequenceOwner(sequence: Sequence): SequenceOwner | null {
  if (sequence.ownedBy === null) return null;
  const schema = opSchema(sequence.schema);
  const owner: SequenceOwner = { table: sequence.ownedBy.table, column: sequence.ownedBy.column };
  return schema === undefined ? owner : { ...owner, schema };
}

/** ALTER SEQUENCE … OWNED BY, carrying the previous owner. */
export function ownSequenceOp(sequence: Sequence, previous: SequenceOwner | null): AlterSequenceOp {
  return {
    kind: 'alterSequence',
    ...objectTarget(sequence.schema, sequence.name),
    changes: { ownedBy: sequenceOwner(sequence) },
    existing: { ownedBy: previous },
  };
}
