import type { Hazard } from '../types';

export function typeRewriteHazard(table: string, column: string, from: string, to: string): Hazard {
  return {
    code: 'table-rewrite',
    message: `Changing ${table}.${column} from ${from} to ${to} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.`,
    suggestion:
      'On a large table: add a new column, backfill it in batches, switch reads and writes, then drop the old one.',
  };
}

/** What fills a new column row by row: each forces a rewrite of the table. */
export type ColumnFill =
  | { kind: 'default'; expression: string }
  | { kind: 'generated'; expression: string }
  | { kind: 'identity' | 'serial' };

const FILLS: Record<ColumnFill['kind'], (expression: string) => string> = {
  default: (e) => `the volatile default ${e}`,
  generated: (e) => `the generation expression ${e}`,
  identity: () => 'an identity (a value drawn for every row)',
  serial: () => 'a serial default (a value drawn for every row)',
};

export function filledColumnHazard(table: string, column: string, fill: ColumnFill): Hazard {
  const what = FILLS[fill.kind]('expression' in fill ? fill.expression : '');
  return {
    code: 'table-rewrite',
    message: `Adding ${table}.${column} with ${what} rewrites the table.`,
    suggestion:
      fill.kind === 'generated'
        ? 'On a large table: add a plain column, backfill it in batches, then switch to the generated column in a quiet window.'
        : 'Add the column without a default, set the default, and backfill existing rows in batches.',
  };
}

export function setNotNullHazard(table: string, column: string): Hazard {
  return {
    code: 'long-lock',
    message: `SET NOT NULL on ${table}.${column} scans the whole table under an ACCESS EXCLUSIVE lock, and fails if a row holds NULL.`,
    suggestion: `Add CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE it in a later step, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the check.`,
  };
}

export function indexLockHazard(table: string, index: string): Hazard {
  return {
    code: 'long-lock',
    message: `Creating index ${index} on existing table ${table} blocks writes to the table until it is built.`,
    suggestion: 'Create it with { concurrently: true } (runs outside the transaction).',
  };
}

export function invalidIndexHazard(table: string, index: string): Hazard {
  return {
    code: 'invalid-index',
    message: `Index ${index} on ${table} is invalid (left by a failed CREATE INDEX CONCURRENTLY): it is dropped, and rebuilt if the model has it.`,
    suggestion: 'Nothing to do: the downgrade does not bring the invalid index back.',
  };
}

export function constraintLockHazard(
  table: string,
  constraint: string,
  kind: 'foreign key' | 'check' | 'unique' | 'primary key' | 'exclusion',
): Hazard {
  const suggestion =
    kind === 'exclusion'
      ? 'An exclusion constraint cannot be added NOT VALID: add it while the table is small or in a maintenance window.'
      : kind === 'foreign key' || kind === 'check'
        ? 'Create it with { notValid: true }, then validateConstraint in a later migration (that takes a weaker lock).'
        : 'Build a unique index with { concurrently: true } first, then add the constraint with { usingIndex } (the online plan writes both).';
  return {
    code: 'long-lock',
    message: `Adding ${kind === 'exclusion' ? 'exclusion constraint' : kind} ${constraint} to existing table ${table} checks every row while holding a lock that blocks writes.`,
    suggestion,
  };
}
