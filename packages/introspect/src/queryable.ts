/**
 * All introspection needs from a database: one method that runs a statement with
 * parameters and returns its rows. postgres.js, PGlite and retort's drivers all fit.
 */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}
