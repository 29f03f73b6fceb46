export type ReferentialAction = 'cascade' | 'restrict' | 'no action' | 'set null' | 'set default';

export interface PrimaryKeySpec {
  name?: string;
  columns: string[];
}

export interface ForeignKeySpec {
  name?: string;
  columns: string[];
  referencedSchema?: string;
  referencedTable: string;
  referencedColumns: string[];
  onDelete?: ReferentialAction;
  onUpdate?: ReferentialAction;
  match?: 'full' | 'partial' | 'simple';
  deferrable?: boolean;
  initiallyDeferred?: boolean;
}

export interface UniqueSpec {
  name?: string;
  columns: string[];
  nullsNotDistinct?: boolean;
  deferrable?: boolean;
  initiallyDeferred?: boolean;
}

export interface CheckSpec {
  name?: string;
  /** Boolean SQL expression, verbatim. */
  expression: string;
}
