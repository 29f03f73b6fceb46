/**
 * The one interface retort talks to a database through. Introspection needs only `query`;
 * the migrator also needs `exec` (a script without parameters) and `close`.
 * A driver holds exactly one session, so BEGIN/COMMIT and SET LOCAL issued through it apply
 * to the statements that follow.
 */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Driver extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** The URL with its password masked, for messages. */
  readonly displayUrl: string;
  /**
   * Whether lock_timeout / statement_timeout actually interrupt a statement. PGlite runs
   * PostgreSQL single-threaded in WebAssembly, where the timers never fire.
   */
  readonly enforcesTimeouts: boolean;
  /** Runs one or more statements without parameters (simple protocol). */
  exec(sql: string): Promise<void>;
  /**
   * Makes the named extensions creatable before a run that creates them: PGlite loads the
   * contrib bundles it ships when it starts, so it reopens the database with them (an extension
   * PGlite lacks is a RetortError naming it). Absent for a server, which has them or not.
   * Call outside a transaction; session state (advisory locks, settings) does not survive.
   */
  loadExtensions?(names: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
