import type { Compilers } from './compiler-types';
import { qualify, quoteIdent } from './quote';
import {
  renderCheck,
  renderForeignKey,
  renderPrimaryKey,
  renderUnique,
  renderUniqueUsingIndex,
} from './render-constraint';
import { statement, type Statement } from './statement';

function addConstraint(
  table: string,
  schema: string | undefined,
  body: string,
  notValid?: boolean,
): Statement[] {
  const suffix = notValid === true ? ' NOT VALID' : '';
  return [statement(`ALTER TABLE ${qualify(table, schema)} ADD ${body}${suffix}`)];
}

export const constraintCompilers: Pick<
  Compilers,
  | 'createPrimaryKey'
  | 'createForeignKey'
  | 'createUniqueConstraint'
  | 'createCheckConstraint'
  | 'dropConstraint'
  | 'validateConstraint'
> = {
  createPrimaryKey: (op) => addConstraint(op.table, op.schema, renderPrimaryKey(op)),
  createForeignKey: (op) => addConstraint(op.table, op.schema, renderForeignKey(op), op.notValid),
  createUniqueConstraint: (op) =>
    addConstraint(
      op.table,
      op.schema,
      op.usingIndex === undefined ? renderUnique(op) : renderUniqueUsingIndex(op, op.usingIndex),
    ),
  createCheckConstraint: (op) => addConstraint(op.table, op.schema, renderCheck(op), op.notValid),

  dropConstraint(op) {
    const ifExists = op.ifExists === true ? 'IF EXISTS ' : '';
    const sql = `ALTER TABLE ${qualify(op.table, op.schema)} DROP CONSTRAINT ${ifExists}${quoteIdent(op.name)}`;
    return [statement(sql)];
  },

  validateConstraint(op) {
    const sql = `ALTER TABLE ${qualify(op.table, op.schema)} VALIDATE CONSTRAINT ${quoteIdent(op.name)}`;
    return [statement(sql)];
  },
};
