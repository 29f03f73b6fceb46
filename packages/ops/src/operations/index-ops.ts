export type IndexMethod = 'btree' | 'hash' | 'gist' | 'spgist' | 'gin' | 'brin' | (string & {});

interface IndexElementOptions {
  /** Operator class, verbatim (`text_pattern_ops`, `public.gin_trgm_ops`). */
  opclass?: string;
  collation?: string;
  order?: 'asc' | 'desc';
  nulls?: 'first' | 'last';
}

/** One indexed element: a column name or an SQL expression (verbatim). */
export type IndexColumn = IndexElementOptions &
  ({ column: string; expression?: never } | { expression: string; column?: never });

export interface CreateIndexOp {
  kind: 'createIndex';
  name: string;
  table: string;
  /** The table's schema (an index always lives in its table's schema). */
  schema?: string;
  columns: IndexColumn[];
  unique?: boolean;
  nullsNotDistinct?: boolean;
  method?: IndexMethod;
  include?: string[];
  /** Partial index predicate, verbatim. */
  where?: string;
  /** Storage parameters: `{ fillfactor: 70 }` renders `WITH (fillfactor = 70)`. */
  with?: Record<string, string | number | boolean>;
  concurrently?: boolean;
  ifNotExists?: boolean;
}

/** Everything `createIndex` needs besides names and the execution flags. */
export type IndexDefinition = Omit<
  CreateIndexOp,
  'kind' | 'name' | 'table' | 'schema' | 'concurrently' | 'ifNotExists'
>;

export interface DropIndexOp {
  kind: 'dropIndex';
  name: string;
  /** The indexed table: not needed to drop, needed to reverse. */
  table?: string;
  schema?: string;
  concurrently?: boolean;
  ifExists?: boolean;
  /** The dropped index, so that the drop can be reversed (together with `table`). */
  definition?: IndexDefinition;
}
