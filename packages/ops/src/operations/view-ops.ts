/** What a view is made of, besides its name. */
export interface ViewDefinition {
  /** The SELECT (or VALUES) query, verbatim. */
  definition: string;
  /** `WITH (…)` options: `{ check_option: 'local', security_barrier: true }`. */
  with?: Record<string, string | number | boolean>;
}

/** What a materialized view is made of, besides its name. Its indexes are separate `createIndex` steps. */
export interface MaterializedViewDefinition extends ViewDefinition {
  /** Table access method (`USING …`); the server's default (`heap`) when absent. */
  using?: string;
  /** `WITH NO DATA`: created empty, unreadable until `REFRESH MATERIALIZED VIEW`. */
  withNoData?: boolean;
}

interface ViewTarget {
  name: string;
  schema?: string;
}

/** `CREATE [OR REPLACE] VIEW`. */
export interface CreateViewOp extends ViewTarget, ViewDefinition {
  kind: 'createView';
  /** `OR REPLACE`: the query changed compatibly (same leading columns, same types). */
  orReplace?: boolean;
  /** With `orReplace`: the view it replaces, so that the replacement can be reversed. */
  existing?: ViewDefinition;
}

export interface DropViewOp extends ViewTarget {
  kind: 'dropView';
  /** The dropped view, so that the drop can be reversed. */
  definition?: ViewDefinition;
}

export interface CreateMaterializedViewOp extends ViewTarget, MaterializedViewDefinition {
  kind: 'createMaterializedView';
}

export interface DropMaterializedViewOp extends ViewTarget {
  kind: 'dropMaterializedView';
  /** The dropped materialized view, so that the drop can be reversed (its indexes are dropped first, each by its own step). */
  definition?: MaterializedViewDefinition;
}

/** The operation kinds of views and materialized views. */
export type ViewKinds =
  'createView' | 'dropView' | 'createMaterializedView' | 'dropMaterializedView';
