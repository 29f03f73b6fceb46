import { compact } from './compact';
import type { Operation, OperationOf } from './operations/operation';

type ExtensionKinds = 'createExtension' | 'dropExtension';

type Reversers = { [K in ExtensionKinds]: (op: OperationOf<K>) => Operation };

/** An extension's create and drop undo each other, in the same schema. */
export const reverseExtensionOps: Reversers = {
  createExtension: ({ name, schema, ifNotExists }) =>
    compact({ kind: 'dropExtension', name, schema, ifExists: ifNotExists }),
  dropExtension: ({ name, schema, ifExists }) =>
    compact({ kind: 'createExtension', name, schema, ifNotExists: ifExists }),
};
