import type { Severity } from '../finding';

export interface RuleInfo {
  severity: Severity;
  /** One line for docs/lint.md and `--help`. */
  summary: string;
}

/** Every rule the lint knows, with its severity (the ids suppressions name). */
export const RULES = {
  'concurrent-index': {
    severity: 'error',
    summary: 'CREATE/DROP INDEX without CONCURRENTLY on a table that already exists',
  },
  'constraint-not-valid': {
    severity: 'error',
    summary: 'FOREIGN KEY or CHECK added to an existing table without NOT VALID',
  },
  'set-not-null': {
    severity: 'error',
    summary: 'SET NOT NULL without a validated CHECK (col IS NOT NULL) first',
  },
  'unique-using-index': {
    severity: 'error',
    summary: 'UNIQUE constraint on an existing table not built USING INDEX',
  },
  'column-type-change': {
    severity: 'error',
    summary: 'column type change that rewrites an existing table',
  },
  'volatile-default': {
    severity: 'error',
    summary: 'column added to an existing table with a value computed per row',
  },
  'rename-column': {
    severity: 'warning',
    summary: 'column rename: running code still uses the old name',
  },
  'rename-table': {
    severity: 'warning',
    summary: 'table rename: running code still uses the old name',
  },
  'drop-column': {
    severity: 'warning',
    summary: 'column drop: data loss, and running code may still read it',
  },
  'drop-table': {
    severity: 'warning',
    summary: 'table drop: data loss, and running code may still read it',
  },
  'needs-autocommit-block': {
    severity: 'error',
    summary:
      'a statement PostgreSQL cannot run in a transaction (CONCURRENTLY, …) outside op.autocommitBlock()',
  },
  'missing-lock-timeout': {
    severity: 'warning',
    summary: 'a lock-taking operation before any lock_timeout is set',
  },
  'unchecked-sql': {
    severity: 'info',
    summary: 'op.execute() with raw SQL: the lint cannot check it',
  },
  'bad-suppression': {
    severity: 'error',
    summary:
      'a retort-lint-ignore comment without a reason, with an unknown rule, or attached to nothing',
  },
  'unreadable-revision': {
    severity: 'error',
    summary: 'upgrade() threw while its operations were recorded',
  },
} satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}
