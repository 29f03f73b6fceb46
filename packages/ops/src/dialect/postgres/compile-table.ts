import type { Compilers } from './compiler-types';
import { qualify, quoteIdent } from './quote';
import { columnComment, tableComment } from './render-comment';
import { renderColumn } from './render-column';
import { renderCheck, renderForeignKey, renderPrimaryKey, renderUnique } from './render-constraint';
import { statement } from './statement';

export const tableCompilers: Pick<Compilers, 'createTable' | 'dropTable' | 'renameTable'> = {
  createTable(op) {
    const lines = [
      ...op.columns.map(renderColumn),
      ...(op.primaryKey === undefined ? [] : [renderPrimaryKey(op.primaryKey)]),
      ...(op.foreignKeys ?? []).map(renderForeignKey),
      ...(op.uniques ?? []).map(renderUnique),
      ...(op.checks ?? []).map(renderCheck),
    ];
    const body = lines.map((line) => `  ${line}`).join(',\n');
    const create = statement(`CREATE TABLE ${qualify(op.name, op.schema)} (\n${body}\n)`);
    const comments = op.columns.flatMap((column) =>
      column.comment === undefined
        ? []
        : [columnComment(op.name, op.schema, column.name, column.comment)],
    );
    const table = op.comment === undefined ? [] : [tableComment(op.name, op.schema, op.comment)];
    return [create, ...table, ...comments];
  },

  dropTable(op) {
    return [statement(`DROP TABLE ${qualify(op.name, op.schema)}`)];
  },

  renameTable(op) {
    return [
      statement(`ALTER TABLE ${qualify(op.table, op.schema)} RENAME TO ${quoteIdent(op.newName)}`),
    ];
  },
};
