import type { Checks } from './rule-check';
import { SET_LOCK_TIMEOUT, tableLabel } from './table-state';

/** `rename-table`, `drop-table` on tables that existed before the revision. */
export const tableChecks: Checks = {
  renameTable: (op, state) => {
    const table = { schema: op.schema, name: op.table };
    if (state.isNew(table)) return [];
    return [
      {
        rule: 'rename-table',
        message: `Renaming ${tableLabel(table)} to ${op.newName} breaks every running instance that still uses the old name.`,
        hint: 'Deploy code that works with both names first (e.g. a view with the old name), then rename.',
        table,
      },
    ];
  },
  dropTable: (op, state) => {
    const table = { schema: op.schema, name: op.name };
    if (state.isNew(table)) return [];
    return [
      {
        rule: 'drop-table',
        message: `Dropping ${tableLabel(table)} loses its data, and running code that still uses it fails.`,
        hint: 'Deploy code that no longer uses the table first; keep a backup if the data matters.',
        table,
      },
    ];
  },
  execute: (op) =>
    SET_LOCK_TIMEOUT.test(op.sql)
      ? []
      : [
          {
            rule: 'unchecked-sql',
            message: `op.execute() runs raw SQL the lint does not check: ${oneLine(op.sql)}`,
            hint: 'Prefer a typed op.* call where one exists; review this statement by hand.',
          },
        ],
};

function oneLine(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
