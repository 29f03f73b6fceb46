import type { Compilers } from './compiler-types';
import { compileAlterColumn } from './compile-alter-column';
import { qualify, quoteIdent } from './quote';
import { columnComment, tableComment } from './render-comment';
import { renderColumn } from './render-column';
import { statement } from './statement';

export const columnCompilers: Pick<
  Compilers,
  'addColumn' | 'dropColumn' | 'alterColumn' | 'setColumnComment' | 'setTableComment'
> = {
  addColumn({ table, schema, column }) {
    const add = statement(
      `ALTER TABLE ${qualify(table, schema)} ADD COLUMN ${renderColumn(column)}`,
    );
    if (column.comment === undefined) return [add];
    return [add, columnComment(table, schema, column.name, column.comment)];
  },

  dropColumn(op) {
    return [
      statement(`ALTER TABLE ${qualify(op.table, op.schema)} DROP COLUMN ${quoteIdent(op.column)}`),
    ];
  },

  alterColumn: compileAlterColumn,

  setColumnComment(op) {
    return [columnComment(op.table, op.schema, op.column, op.comment)];
  },

  setTableComment(op) {
    return [tableComment(op.table, op.schema, op.comment)];
  },
};
