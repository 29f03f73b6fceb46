import type { Checks, Draft } from './rule-check';
import { tableKey, tableLabel } from './table-state';

/** `col IS NOT NULL` (quotes and parentheses aside): the column, or null for any other check. */
export function notNullColumn(expression: string): string | null {
  const bare = expression.replace(/[()\s]+/g, ' ').trim();
  const match = /^"?((?:[^"]|"")+?)"? is not null$/i.exec(bare);
  return match ? match[1]!.replace(/""/g, '"') : null;
}

function scanningConstraint(
  kind: 'FOREIGN KEY' | 'CHECK',
  name: string,
  table: { schema?: string; name: string },
): Draft {
  return {
    rule: 'constraint-not-valid',
    message: `ADD ${kind} ${name} on existing table ${tableLabel(table)} checks every row while holding a lock that blocks writes.`,
    hint: `Add it with { notValid: true }, then op.validateConstraint('${name}', '${table.name}') in its own transaction (a later revision, or after an autocommit block): VALIDATE takes a lock that lets writes through.`,
    table,
  };
}

/** `constraint-not-valid`, `unique-using-index`, and the bookkeeping of the SET NOT NULL path. */
export const constraintChecks: Checks = {
  createForeignKey: (op, state) => {
    const table = { schema: op.schema, name: op.table };
    return op.notValid === true || state.isNew(table)
      ? []
      : [scanningConstraint('FOREIGN KEY', op.name, table)];
  },
  createCheckConstraint: (op, state) => {
    const table = { schema: op.schema, name: op.table };
    const column = notNullColumn(op.expression);
    if (column !== null) {
      const key = `${tableKey(table)}.${column}`;
      if (op.notValid === true) state.pendingNotNull.set(`${tableKey(table)}/${op.name}`, key);
      else state.validatedNotNull.add(key);
    }
    return op.notValid === true || state.isNew(table)
      ? []
      : [scanningConstraint('CHECK', op.name, table)];
  },
  validateConstraint: (op, state) => {
    const pending = `${tableKey({ schema: op.schema, name: op.table })}/${op.name}`;
    const key = state.pendingNotNull.get(pending);
    if (key !== undefined) state.validatedNotNull.add(key);
    return [];
  },
  createUniqueConstraint: (op, state) => {
    const table = { schema: op.schema, name: op.table };
    if (op.usingIndex !== undefined || state.isNew(table)) return [];
    return [
      {
        rule: 'unique-using-index',
        message: `ADD UNIQUE ${op.name} on existing table ${tableLabel(table)} builds its index while blocking writes.`,
        hint: `Build the index first: op.createIndex('${op.name}', '${op.table}', [...], { unique: true, concurrently: true }) in an autocommit block, then op.createUniqueConstraint('${op.name}', '${op.table}', [...], { usingIndex: '${op.name}' }).`,
        table,
      },
    ];
  },
};
