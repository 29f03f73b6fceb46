import { compact } from './compact';
import type { Operation, OperationOf } from './operations/operation';
import type { RenameKinds } from './operations/rename-ops';

type Reversers = { [K in RenameKinds]: (op: OperationOf<K>) => Operation };

/** `public` is spelled as no schema, as the operations the diff builds do. */
const at = (schema: string) => (schema === 'public' ? undefined : schema);

/** A rename is undone by the rename back; a move by the move back from the new schema. */
export const reverseRenameOps: Reversers = {
  renameSchema: ({ name, newName }) => ({ kind: 'renameSchema', name: newName, newName: name }),
  setTableSchema: ({ table, schema, newSchema }) =>
    compact({
      kind: 'setTableSchema',
      table,
      schema: at(newSchema),
      newSchema: schema ?? 'public',
    }),
  renameEnum: ({ name, schema, newName }) =>
    compact({ kind: 'renameEnum', name: newName, schema, newName: name }),
  setEnumSchema: ({ name, schema, newSchema }) =>
    compact({ kind: 'setEnumSchema', name, schema: at(newSchema), newSchema: schema ?? 'public' }),
  renameSequence: ({ name, schema, newName }) =>
    compact({ kind: 'renameSequence', name: newName, schema, newName: name }),
  setSequenceSchema: ({ name, schema, newSchema }) =>
    compact({
      kind: 'setSequenceSchema',
      name,
      schema: at(newSchema),
      newSchema: schema ?? 'public',
    }),
  renameIndex: ({ name, schema, newName }) =>
    compact({ kind: 'renameIndex', name: newName, schema, newName: name }),
  renameConstraint: ({ name, table, schema, newName }) =>
    compact({ kind: 'renameConstraint', name: newName, table, schema, newName: name }),
};
