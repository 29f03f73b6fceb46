import type { RenameKinds } from '../../operations/rename-ops';
import type { Compilers } from './compiler-types';
import { qualify, quoteIdent } from './quote';
import { statement } from './statement';

const rename = (what: string, name: string, schema: string | undefined, newName: string) => [
  statement(`ALTER ${what} ${qualify(name, schema)} RENAME TO ${quoteIdent(newName)}`),
];
const move = (what: string, name: string, schema: string | undefined, newSchema: string) => [
  statement(`ALTER ${what} ${qualify(name, schema)} SET SCHEMA ${quoteIdent(newSchema)}`),
];

/** Renames and moves: PostgreSQL keeps the object, so nothing that depends on it changes. */
export const renameCompilers: Pick<Compilers, RenameKinds> = {
  renameSchema: (op) => [
    statement(`ALTER SCHEMA ${quoteIdent(op.name)} RENAME TO ${quoteIdent(op.newName)}`),
  ],
  setTableSchema: (op) => move('TABLE', op.table, op.schema, op.newSchema),
  renameEnum: (op) => rename('TYPE', op.name, op.schema, op.newName),
  setEnumSchema: (op) => move('TYPE', op.name, op.schema, op.newSchema),
  renameSequence: (op) => rename('SEQUENCE', op.name, op.schema, op.newName),
  setSequenceSchema: (op) => move('SEQUENCE', op.name, op.schema, op.newSchema),
  renameIndex: (op) => rename('INDEX', op.name, op.schema, op.newName),
  renameConstraint: (op) => [
    statement(
      `ALTER TABLE ${qualify(op.table, op.schema)} RENAME CONSTRAINT ${quoteIdent(op.name)} TO ${quoteIdent(op.newName)}`,
    ),
  ],
};
