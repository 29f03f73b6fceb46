import type { Operation } from '@retort/ops';

export type Severity = 'error' | 'warning' | 'info';

/** Most severe first: `--fail-on warning` fails on everything up to index 1. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** A table as an operation names it; `schema` undefined is the connection's search_path. */
export interface TableRef {
  schema?: string;
  name: string;
}

/** What the catalog says about a table: `rows` from reltuples (null: never analyzed). */
export interface TableSize {
  rows: number | null;
  bytes: number;
}

/** One recorded `op.*` call of a revision's upgrade(), with the line it was called from. */
export interface RecordedCall {
  op: Operation;
  /** 1-based line of the call in the revision file; null when it was called from another file. */
  line: number | null;
  inAutocommitBlock: boolean;
}

/** One rule broken by one operation (or, for file rules, by the file). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** What to do instead. */
  hint: string;
  line: number | null;
  /** 0-based index of the operation in upgrade(); null for findings about the file. */
  operation: number | null;
  table?: TableRef;
  size?: TableSize;
  /** Set when a `// retort-lint-ignore` comment silences the finding. */
  suppressed?: { reason: string; scope: 'operation' | 'file' };
}

/** The findings of one revision file. */
export interface FileReport {
  file: string;
  revision: string;
  message: string;
  findings: Finding[];
}
