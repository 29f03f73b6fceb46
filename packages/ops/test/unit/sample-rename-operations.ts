import type { OperationOf, RenameKinds } from '@retort/ops';

/** Samples of the renames and moves (names that need quoting on purpose). */
export const renameSamples: { [K in RenameKinds]: OperationOf<K> } = {
  renameSchema: { kind: 'renameSchema', name: 'shop', newName: 'store front' },
  setTableSchema: { kind: 'setTableSchema', table: 'order', schema: 'shop', newSchema: 'archive' },
  renameEnum: { kind: 'renameEnum', name: 'mood', schema: 'shop', newName: 'feeling' },
  setEnumSchema: { kind: 'setEnumSchema', name: 'mood', newSchema: 'shop' },
  renameSequence: { kind: 'renameSequence', name: 'order_seq', newName: 'orders_seq' },
  setSequenceSchema: {
    kind: 'setSequenceSchema',
    name: 'order_seq',
    schema: 'shop',
    newSchema: 'public',
  },
  renameIndex: { kind: 'renameIndex', name: 'ix_a', schema: 'shop', newName: 'ix "b"' },
  renameConstraint: {
    kind: 'renameConstraint',
    name: 'order_pkey',
    table: 'order',
    newName: 'orders_pkey',
  },
};
