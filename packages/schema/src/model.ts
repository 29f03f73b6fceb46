/**
 * The SchemaModel: one plain, JSON-serialisable description of a database schema that both
 * `extract` (ORM metadata) and `introspect` (live catalog) produce, so that two models can be
 * compared with a deep equality.
 *
 * Conventions that make equal schemas deep-equal:
 * - every field is present; "nothing" is `null` (never `undefined` or an absent key);
 * - lists without a meaningful order are sorted by name (tables by schema then name);
 *   ordered lists (columns, key columns, enum values) keep their database order;
 * - types, expressions and names are in canonical form (see `canonical/`): types as
 *   PostgreSQL's `format_type` spells them, expressions as PostgreSQL prints them back
 *   (`pg_get_expr`), implicit names resolved to the names PostgreSQL would give;
 * - 64-bit numbers (sequence bounds) are decimal strings.
 */

export const SCHEMA_MODEL_VERSION = 1 as const;

export type Dialect = 'postgresql';

export interface SchemaModel {
  version: typeof SCHEMA_MODEL_VERSION;
  dialect: Dialect;
  /** Schemas the model covers, sorted (includes `public` when present). */
  schemas: string[];
  /** Sorted by (schema, name). */
  tables: Table[];
  /** Sorted by (schema, name). */
  enums: Enum[];
  /** Sorted by (schema, name). */
  domains: Domain[];
  /** Standalone and serial-owned sequences, sorted by (schema, name). Identity sequences live on their column. */
  sequences: Sequence[];
  /**
   * Extensions the schema needs, sorted by name. Compared by name and schema only (never the
   * version); PostgreSQL's own `plpgsql` is never listed.
   */
  extensions: Extension[];
  /**
   * Roles the model declares, sorted by name. Roles are cluster-wide: introspection reads only
   * the roles it is asked for, and the diff never drops a role the target does not declare.
   */
  roles: Role[];
  /** Views and materialized views, sorted by (schema, name). */
  views: View[];
}

/** How a table (or any schema-scoped object) is identified. */
export interface QualifiedName {
  schema: string;
  name: string;
}

export interface Table {
  schema: string;
  name: string;
  comment: string | null;
  /** In column order (attnum). */
  columns: Column[];
  primaryKey: PrimaryKey | null;
  /** Sorted by name. */
  foreignKeys: ForeignKey[];
  /** Sorted by name. */
  uniques: UniqueConstraint[];
  /** Sorted by name. */
  checks: CheckConstraint[];
  /** Sorted by name. Indexes that back a primary key or unique constraint are not listed here. */
  indexes: Index[];
  /** Sorted by name. */
  exclusions: ExclusionConstraint[];
  /** Row-level security enabled (`ALTER TABLE … ENABLE ROW LEVEL SECURITY`). */
  rowLevelSecurity: boolean;
  /** Sorted by name. */
  policies: Policy[];
}

export interface Column {
  name: string;
  /**
   * Canonical type: `format_type` spelling for built-in types with modifiers and a single `[]`
   * for arrays ('integer', 'character varying(255)', 'numeric(12,2)', 'timestamp with time zone',
   * 'text[]'); user-defined types (enums, domains, extension types) always schema-qualified and
   * quoted as needed ('public.mood', 'app."Weird Kind"[]'); an unqualified one is in 'public'. Serial columns are 'integer'/'bigint'/'smallint'.
   */
  type: string;
  nullable: boolean;
  /** Canonical default expression (as PostgreSQL prints it), or null. Null for identity and generated columns. */
  default: string | null;
  identity: Identity | null;
  generated: Generated | null;
  /** Explicit collation when it differs from the type's default ('C', 'public."my coll"'), else null. */
  collation: string | null;
  comment: string | null;
}

/** Sequence parameters, fully resolved (PostgreSQL's defaults filled in). */
export interface SequenceOptions {
  start: string;
  increment: string;
  minValue: string;
  maxValue: string;
  cache: string;
  cycle: boolean;
}

export interface Identity extends SequenceOptions {
  generation: 'always' | 'byDefault';
  /** Name of the implicit sequence (default `<table>_<column>_seq`, truncated to 63 bytes). */
  sequenceName: string;
}

export interface Generated {
  /** PostgreSQL ≤ 17 supports only stored generated columns. */
  kind: 'stored' | 'virtual';
  expression: string;
}

export interface PrimaryKey {
  name: string;
  columns: string[];
}

export type ForeignKeyAction = 'no action' | 'restrict' | 'cascade' | 'set null' | 'set default';

export interface ForeignKey {
  name: string;
  columns: string[];
  referencedSchema: string;
  referencedTable: string;
  /** In the same order as `columns`. */
  referencedColumns: string[];
  onDelete: ForeignKeyAction;
  onUpdate: ForeignKeyAction;
  match: 'simple' | 'full' | 'partial';
  deferrable: boolean;
  initiallyDeferred: boolean;
}

export interface UniqueConstraint {
  name: string;
  columns: string[];
  nullsNotDistinct: boolean;
  deferrable: boolean;
  initiallyDeferred: boolean;
}

export interface CheckConstraint {
  name: string;
  /** As `pg_get_expr(conbin)` prints it, e.g. '(price > (0)::numeric)'. */
  expression: string;
}

export interface ExclusionConstraint {
  name: string;
  /**
   * What follows EXCLUDE, as `pg_get_constraintdef` prints it (without DEFERRABLE):
   * 'USING gist (room WITH =, during WITH &&)', with ' WHERE (…)' when partial.
   */
  expression: string;
  deferrable: boolean;
  initiallyDeferred: boolean;
}

export type PolicyCommand = 'all' | 'select' | 'insert' | 'update' | 'delete';

export interface Policy {
  name: string;
  as: 'permissive' | 'restrictive';
  for: PolicyCommand;
  /** Role names, sorted; 'public' for PUBLIC (current_user etc. resolved to the role they name). */
  to: string[];
  /** As `pg_get_expr(polqual)` prints it, or null. */
  using: string | null;
  /** As `pg_get_expr(polwithcheck)` prints it, or null. */
  withCheck: string | null;
}

/** A relation a view reads, and the columns of it the view uses (sorted; empty: the whole row or none). */
export interface ViewDependency {
  schema: string;
  name: string;
  columns: string[];
}

export interface View {
  schema: string;
  name: string;
  materialized: boolean;
  /** The query as `pg_get_viewdef` prints it, trimmed, without the final `;`. */
  definition: string;
  /** `WITH (…)` options as `pg_class.reloptions` holds them (`check_option=local`), sorted. */
  with: string[];
  /** Materialized views: the table access method when not `heap`, else null. */
  using: string | null;
  /** Materialized views: created `WITH NO DATA` (never compared: REFRESH populates it). */
  withNoData: boolean;
  /** Materialized views: indexes, sorted by name (always empty for plain views). */
  indexes: Index[];
  /**
   * The tables and views the query reads (pg_depend), sorted by (schema, name). Filled by
   * introspection and by the database canonicaliser; never compared, only used to order
   * drops and creates and to find the views a column or table change must rebuild.
   */
  dependsOn: ViewDependency[];
  /**
   * The view's output columns, `name type` in order (`format_type`), where known (introspection,
   * the database canonicaliser), else empty. Never compared: it tells whether CREATE OR REPLACE
   * can change the query (the old columns must stay, in order, with their types).
   */
  columns: string[];
}

export interface Role {
  name: string;
  createDb: boolean;
  createRole: boolean;
  inherit: boolean;
}

export interface IndexKey {
  /** The column name for a plain column key, else null. */
  column: string | null;
  /** The expression for an expression key (as `pg_get_indexdef` prints it), else null. */
  expression: string | null;
  /**
   * Operator class when not the default for the key's type, else null: bare when it lives in
   * pg_catalog or public (what the default search_path resolves), else schema-qualified.
   */
  opclass: string | null;
  /** Collation when not the key's default, else null. */
  collation: string | null;
  order: 'asc' | 'desc';
  /** Always resolved: ASC defaults to 'last', DESC to 'first'. */
  nulls: 'first' | 'last';
}

export interface Index {
  name: string;
  unique: boolean;
  /** Access method: 'btree', 'hash', 'gin', 'gist', 'brin', 'spgist', … */
  method: string;
  keys: IndexKey[];
  /** INCLUDE columns, in order. */
  include: string[];
  /** Partial index predicate as PostgreSQL prints it, or null. */
  where: string | null;
  nullsNotDistinct: boolean;
  /** Storage parameters (`WITH (…)`) as `pg_class.reloptions` holds them: `name=value`, sorted. */
  with: string[];
  /**
   * Set (by introspection only) on an index a failed CREATE INDEX CONCURRENTLY left behind
   * (`indisvalid = false`): never equal to a model's index, so the next revision rebuilds it.
   */
  invalid?: true;
}

export interface Enum {
  schema: string;
  name: string;
  /** In declaration order (enumsortorder). */
  values: string[];
}

export interface Domain {
  schema: string;
  name: string;
  /** Canonical base type (see Column.type). */
  type: string;
  notNull: boolean;
  default: string | null;
  collation: string | null;
  /** Sorted by name. */
  checks: CheckConstraint[];
}

export interface Extension {
  name: string;
  /** The schema its objects live in (`CREATE EXTENSION … SCHEMA`); 'public' by default. */
  schema: string;
}

export interface Sequence extends SequenceOptions {
  schema: string;
  name: string;
  type: 'smallint' | 'integer' | 'bigint';
  /** The column that owns the sequence (serial columns; OWNED BY), in the sequence's schema. */
  ownedBy: { table: string; column: string } | null;
}
