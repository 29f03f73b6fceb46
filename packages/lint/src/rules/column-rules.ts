import { isVolatileDefault } from '@retort/diff';
import type { ColumnSpec } from '@retort/ops';
import type { Checks, Draft } from './rule-check';
import { tableKey, tableLabel } from './table-state';
import { isBinaryCoercible } from './type-change';

/** What computes a new column's value for every existing row, forcing a rewrite. */
function perRowFill(column: ColumnSpec): string | null {
  if (column.default !== undefined && isVolatileDefault(column.default))
    return `the volatile default ${column.default}`;
  if (column.generated !== undefined) return `the generation expression ${column.generated}`;
  if (column.identity !== undefined) return 'an identity';
  if (/^(small|big)?serial$/i.test(column.type.trim())) return `the ${column.type} default`;
  return null;
}

/** `column-type-change`, `set-not-null`, `rename-column`, `volatile-default`, `drop-column`. */
export const columnChecks: Checks = {
  alterColumn: (op, state) => {
    const table = { schema: op.schema, name: op.table };
    if (state.isNew(table)) return [];
    const where = `${tableLabel(table)}.${op.column}`;
    const drafts: Draft[] = [];
    if (op.type !== undefined && op.type !== op.existingType) {
      const from = op.existingType;
      if (from === undefined || !isBinaryCoercible(from, op.type, op.using)) {
        drafts.push({
          rule: 'column-type-change',
          message: `Changing ${where} ${from ? `from ${from} ` : ''}to ${op.type} ${from ? 'rewrites' : 'may rewrite'} the table and its indexes under an ACCESS EXCLUSIVE lock.`,
          hint: 'Add a new column, backfill it in batches, switch reads and writes to it, then drop the old one.',
          table,
        });
      }
    }
    const key = `${tableKey(table)}.${op.column}`;
    if (
      op.nullable === false &&
      op.existingNullable !== false &&
      !state.validatedNotNull.has(key)
    ) {
      drafts.push({
        rule: 'set-not-null',
        message: `SET NOT NULL on ${where} scans the whole table under an ACCESS EXCLUSIVE lock.`,
        hint: `First op.createCheckConstraint('<name>', '${op.table}', '${op.column} IS NOT NULL', { notValid: true }) and op.validateConstraint it (own transaction); then SET NOT NULL skips the scan (PostgreSQL 12+) and the check can be dropped.`,
        table,
      });
    }
    if (op.newName !== undefined && op.newName !== op.column) {
      drafts.push({
        rule: 'rename-column',
        message: `Renaming ${where} to ${op.newName} breaks every running instance that still uses the old name.`,
        hint: 'Add the new column, write both, backfill, move readers, then drop the old one; or deploy the code that reads both names first.',
        table,
      });
    }
    return drafts;
  },
  addColumn: (op, state) => {
    const table = { schema: op.schema, name: op.table };
    const fill = state.isNew(table) ? null : perRowFill(op.column);
    if (fill === null) return [];
    return [
      {
        rule: 'volatile-default',
        message: `Adding ${tableLabel(table)}.${op.column.name} with ${fill} rewrites the table under an ACCESS EXCLUSIVE lock.`,
        hint: 'Add the column without it, set the default afterwards (new rows only), and backfill existing rows in batches.',
        table,
      },
    ];
  },
  dropColumn: (op, state) => {
    const table = { schema: op.schema, name: op.table };
    if (state.isNew(table)) return [];
    return [
      {
        rule: 'drop-column',
        message: `Dropping ${tableLabel(table)}.${op.column} loses its data, and running code that still reads or writes it fails.`,
        hint: 'Deploy code that no longer uses the column first; keep a backup if the data matters.',
        table,
      },
    ];
  },
};
