/** Arbitrary SQL; `params` bind to `$1`, `$2`, … */
export interface ExecuteOp {
  kind: 'execute';
  sql: string;
  params?: unknown[];
}

/** Inserts rows; a key missing from a row inserts the column's `DEFAULT`. */
export interface BulkInsertOp {
  kind: 'bulkInsert';
  table: string;
  schema?: string;
  rows: Record<string, unknown>[];
}
