import { compileOperation, reverseOp, type Operation } from '@retort/ops';
import { renameSamples as s } from './sample-rename-operations';

const sql = (op: Operation) => compileOperation(op).map((st) => st.sql);

describe('compile renames and moves', () => {
  it.each<[Operation, string[]]>([
    [s.renameSchema, ['ALTER SCHEMA "shop" RENAME TO "store front"']],
    [s.setTableSchema, ['ALTER TABLE "shop"."order" SET SCHEMA "archive"']],
    [s.renameEnum, ['ALTER TYPE "shop"."mood" RENAME TO "feeling"']],
    [s.setEnumSchema, ['ALTER TYPE "mood" SET SCHEMA "shop"']],
    [s.renameSequence, ['ALTER SEQUENCE "order_seq" RENAME TO "orders_seq"']],
    [s.setSequenceSchema, ['ALTER SEQUENCE "shop"."order_seq" SET SCHEMA "public"']],
    [s.renameIndex, ['ALTER INDEX "shop"."ix_a" RENAME TO "ix ""b"""']],
    [s.renameConstraint, ['ALTER TABLE "order" RENAME CONSTRAINT "order_pkey" TO "orders_pkey"']],
  ])('%j', (op, expected) => {
    expect(sql(op)).toStrictEqual(expected);
  });
});

describe('reverseOp of renames and moves', () => {
  it.each<[Operation, Operation]>([
    [s.renameSchema, { kind: 'renameSchema', name: 'store front', newName: 'shop' }],
    [
      s.setTableSchema,
      { kind: 'setTableSchema', table: 'order', schema: 'archive', newSchema: 'shop' },
    ],
    [s.renameEnum, { kind: 'renameEnum', name: 'feeling', schema: 'shop', newName: 'mood' }],
    [s.setEnumSchema, { kind: 'setEnumSchema', name: 'mood', schema: 'shop', newSchema: 'public' }],
    [s.renameSequence, { kind: 'renameSequence', name: 'orders_seq', newName: 'order_seq' }],
    [s.setSequenceSchema, { kind: 'setSequenceSchema', name: 'order_seq', newSchema: 'shop' }],
    [s.renameIndex, { kind: 'renameIndex', name: 'ix "b"', schema: 'shop', newName: 'ix_a' }],
    [
      s.renameConstraint,
      { kind: 'renameConstraint', name: 'orders_pkey', table: 'order', newName: 'order_pkey' },
    ],
  ])('%j', (op, expected) => {
    expect(reverseOp(op)).toStrictEqual(expected);
    expect(reverseOp(reverseOp(op))).toStrictEqual(op);
  });
});
