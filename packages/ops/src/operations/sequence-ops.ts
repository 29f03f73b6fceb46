import type { SequenceOptions } from './column-spec';

export interface CreateSequenceOp extends SequenceOptions {
  kind: 'createSequence';
  name: string;
  schema?: string;
  ifNotExists?: boolean;
}

export interface AlterSequenceOp {
  kind: 'alterSequence';
  name: string;
  schema?: string;
  changes: SequenceOptions;
  /** The previous value of each changed option, so that the change can be reversed. */
  existing?: SequenceOptions;
}

export interface DropSequenceOp {
  kind: 'dropSequence';
  name: string;
  schema?: string;
  ifExists?: boolean;
  /** The dropped sequence, so that the drop can be reversed. */
  definition?: SequenceOptions;
}
