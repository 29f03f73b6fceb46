import type { BulkInsertOp } from '../../operations/data-ops';
import type { Compilers } from './compiler-types';
import { columnList, qualify } from './quote';
import { statement, type Statement } from './statement';

/** PostgreSQL's limit on bind parameters in one statement. */
const MAX_PARAMS = 65535;

function columnsOf(rows: readonly Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/** One INSERT … VALUES (…), (…) with `$n` parameters; split only past PostgreSQL's parameter limit. */
function compileBulkInsert(op: BulkInsertOp): Statement[] {
  const columns = columnsOf(op.rows);
  if (columns.length === 0) {
    const sql = `INSERT INTO ${qualify(op.table, op.schema)} DEFAULT VALUES`;
    return op.rows.map(() => statement(sql));
  }
  const rowsPerStatement = Math.floor(MAX_PARAMS / columns.length);
  const statements: Statement[] = [];
  for (let start = 0; start < op.rows.length; start += rowsPerStatement) {
    const params: unknown[] = [];
    const tuples = op.rows.slice(start, start + rowsPerStatement).map((row) => {
      const values = columns.map((column) => {
        if (!Object.prototype.hasOwnProperty.call(row, column) || row[column] === undefined)
          return 'DEFAULT';
        params.push(row[column]);
        return `$${params.length}`;
      });
      return `(${values.join(', ')})`;
    });
    const head = `INSERT INTO ${qualify(op.table, op.schema)} ${columnList(columns)}`;
    statements.push(statement(`${head} VALUES ${tuples.join(', ')}`, params));
  }
  return statements;
}

export const dataCompilers: Pick<Compilers, 'execute' | 'bulkInsert'> = {
  execute: (op) => [statement(op.sql, op.params)],
  bulkInsert: compileBulkInsert,
};
