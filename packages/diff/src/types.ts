import type { Operation } from '@retort/ops';
import type { QualifiedName } from '@retort/schema';

export type { QualifiedName };

/** Why an operation deserves a second look before it runs on a real database. */
export interface Hazard {
  code:
    | 'data-loss'
    | 'table-rewrite'
    | 'long-lock'
    | 'fails-on-data'
    | 'unresolved-rename'
    | (string & {});
  /** One line: what can go wrong. */
  message: string;
  /** The safer way to do the same thing. */
  suggestion: string;
}

/**
 * One upgrade step. `reverse` is set only where `reverseOp(op)` cannot undo the step on its own:
 * the domain statements (which the ops vocabulary spells as `execute`) and added enum values
 * (undone by recreating the type).
 * It lists the operations that undo `op`, in the order they run (possibly none).
 */
export interface DiffEntry {
  op: Operation;
  hazards: Hazard[];
  reverse?: Operation[];
}

/**
 * Decide renames (drizzle-kit's resolvers). Synchronous: ask any questions before calling diff.
 * Return the old name for a rename, `null` for "it is new", or `undefined` for "don't know"
 * (non-interactive: the pair stays a drop and an add, flagged `unresolved-rename`).
 */
export interface RenameResolvers {
  schema?(added: string, droppedCandidates: string[]): string | null | undefined;
  /** Candidates: the dropped tables of the added table's schema first, then those of others. */
  table?(
    added: QualifiedName,
    droppedCandidates: QualifiedName[],
  ): QualifiedName | null | undefined;
  column?(
    table: QualifiedName,
    added: string,
    droppedCandidates: string[],
  ): string | null | undefined;
  /** Candidates: dropped enums with the same labels. */
  enum?(added: QualifiedName, droppedCandidates: QualifiedName[]): QualifiedName | null | undefined;
  /** Candidates: dropped sequences (not owned by a column) with the same type and options. */
  sequence?(
    added: QualifiedName,
    droppedCandidates: QualifiedName[],
  ): QualifiedName | null | undefined;
}

/** Alembic's include_name/include_object, as data. Table globs match `name` or `schema.name`. */
export interface DiffFilter {
  includeSchemas?: string[];
  excludeSchemas?: string[];
  includeTables?: string[];
  excludeTables?: string[];
}

export interface DiffOptions {
  renames?: RenameResolvers;
  filter?: DiffFilter;
  /** Always left out of the comparison; default `public.retort_version`. */
  versionTable?: QualifiedName;
}

export type DowngradeStep = { op: Operation } | { irreversible: string };

export interface DiffSummary {
  /** Number of operations per operation kind. */
  counts: Record<string, number>;
  hazards: Hazard[];
}

/** A table, enum or sequence renamed and/or moved to another schema. */
export interface ObjectRename {
  from: QualifiedName;
  to: QualifiedName;
}

export type TableRename = ObjectRename;

export interface SchemaRename {
  from: string;
  to: string;
}

/** Renames decided before the diff, by kind (what the resolvers answered). */
export interface DecidedRenames {
  schemas?: SchemaRename[];
  tables?: ObjectRename[];
  enums?: ObjectRename[];
  sequences?: ObjectRename[];
}

export interface ColumnRename {
  /** The table's name in the target model. */
  table: QualifiedName;
  from: string;
  to: string;
}

export interface ObjectCandidates {
  added: QualifiedName;
  dropped: QualifiedName[];
}

export interface RenameCandidates {
  schemas: { added: string; dropped: string[] }[];
  tables: ObjectCandidates[];
  enums: ObjectCandidates[];
  sequences: ObjectCandidates[];
  columns: { table: QualifiedName; added: string; dropped: string[] }[];
}
