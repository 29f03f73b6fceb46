import type { OperationOf } from '@retort/ops';
import { renameSamples as s } from '../../../ops/test/unit/sample-rename-operations';

type Cases<K extends keyof typeof s> = { [P in K]: [OperationOf<P>, string][] };

/** Exact renderings of the renames and moves. */
export const renameKindCases: Cases<keyof typeof s> = {
  renameSchema: [[s.renameSchema, "await op.renameSchema('shop', 'store front');"]],
  setTableSchema: [
    [s.setTableSchema, "await op.setTableSchema('order', 'archive', { schema: 'shop' });"],
  ],
  renameEnum: [[s.renameEnum, "await op.renameEnum('mood', 'feeling', { schema: 'shop' });"]],
  setEnumSchema: [[s.setEnumSchema, "await op.setEnumSchema('mood', 'shop');"]],
  renameSequence: [[s.renameSequence, "await op.renameSequence('order_seq', 'orders_seq');"]],
  setSequenceSchema: [
    [s.setSequenceSchema, "await op.setSequenceSchema('order_seq', 'public', { schema: 'shop' });"],
  ],
  renameIndex: [[s.renameIndex, "await op.renameIndex('ix_a', 'ix \"b\"', { schema: 'shop' });"]],
  renameConstraint: [
    [s.renameConstraint, "await op.renameConstraint('order_pkey', 'order', 'orders_pkey');"],
  ],
};
