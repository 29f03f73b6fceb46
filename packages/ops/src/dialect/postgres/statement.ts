/** One SQL statement to run. `transactional: false` ones cannot run inside a transaction block. */
export interface Statement {
  sql: string;
  params?: unknown[];
  transactional: boolean;
}

export function statement(sql: string, params?: unknown[]): Statement {
  return params === undefined ? { sql, transactional: true } : { sql, params, transactional: true };
}

export function nonTransactional(sql: string): Statement {
  return { sql, transactional: false };
}
