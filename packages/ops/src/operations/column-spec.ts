/** Options shared by sequences and identity columns. A string holds a value beyond 2^53. */
export interface SequenceOptions {
  /** Data type of the sequence (`smallint`, `integer`, `bigint`); sequences only. */
  as?: string;
  start?: number | string;
  increment?: number | string;
  /** `null` renders `NO MINVALUE`. */
  minValue?: number | string | null;
  /** `null` renders `NO MAXVALUE`. */
  maxValue?: number | string | null;
  cache?: number | string;
  cycle?: boolean;
  /** Sequences only: the column that owns the sequence; `null` renders `OWNED BY NONE`. */
  ownedBy?: SequenceOwner | null;
}

export interface SequenceOwner {
  table: string;
  column: string;
  schema?: string;
}

/** `GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY [ ( options ) ]`. */
export interface IdentitySpec extends Omit<SequenceOptions, 'as' | 'ownedBy'> {
  always: boolean;
}

/** A column as `createTable` and `addColumn` create it. */
export interface ColumnSpec {
  name: string;
  /** SQL type as PostgreSQL spells it (`varchar(255)`, `integer[]`, `"app"."mood"`), verbatim. */
  type: string;
  /** Defaults to `true`. */
  nullable?: boolean;
  /** SQL expression, verbatim (`now()`, `'draft'::text`). */
  default?: string;
  identity?: IdentitySpec;
  /** `GENERATED ALWAYS AS (expression) STORED`; the expression is verbatim. */
  generated?: string;
  collation?: string;
  comment?: string;
  primaryKey?: boolean;
}
