import { compact } from './compact';
import { IrreversibleOperationError } from './irreversible-operation-error';
import type { Operation, OperationKind, OperationOf } from './operations/operation';
import { reverseAlterColumn, reverseAlterSequence } from './reverse-alter';
import { reverseConstraintOps } from './reverse-constraint';
import { reverseExtensionOps } from './reverse-extension';
import { reversePolicyOps } from './reverse-policy';
import { reverseRenameOps } from './reverse-rename';
import { reverseViewOps } from './reverse-view';

type Reversers = { [K in OperationKind]: (op: OperationOf<K>) => Operation };

function irreversible(kind: OperationKind, reason: string, hint?: string): never {
  throw new IrreversibleOperationError(kind, reason, hint);
}

function missingDefinition(kind: OperationKind, what: string): never {
  return irreversible(kind, `${what} was dropped without its definition`);
}

const reversers: Reversers = {
  createTable: ({ kind: _kind, name, schema, ...definition }) =>
    compact({ kind: 'dropTable', name, schema, definition }),
  dropTable: ({ name, schema, definition }) =>
    definition === undefined
      ? missingDefinition('dropTable', `table ${name}`)
      : compact({ kind: 'createTable', name, schema, ...definition }),
  renameTable: ({ table, newName, schema }) =>
    compact({ kind: 'renameTable', table: newName, newName: table, schema }),

  addColumn: ({ table, schema, column }) =>
    compact({ kind: 'dropColumn', table, schema, column: column.name, definition: column }),
  dropColumn: ({ table, schema, column, definition }) =>
    definition === undefined
      ? missingDefinition('dropColumn', `column ${table}.${column}`)
      : compact({ kind: 'addColumn', table, schema, column: definition }),
  alterColumn: reverseAlterColumn,

  createIndex: ({ kind: _kind, name, table, schema, concurrently, ifNotExists, ...definition }) =>
    compact({
      kind: 'dropIndex',
      name,
      table,
      schema,
      concurrently,
      ifExists: ifNotExists,
      definition,
    }),
  dropIndex: ({ name, table, schema, concurrently, ifExists, definition }) =>
    definition === undefined || table === undefined
      ? missingDefinition('dropIndex', `index ${name}`)
      : compact({
          kind: 'createIndex',
          name,
          table,
          schema,
          ...definition,
          concurrently,
          ifNotExists: ifExists,
        }),

  ...reverseConstraintOps,
  ...reversePolicyOps,
  ...reverseViewOps,

  createEnum: ({ name, schema, values }) =>
    compact({ kind: 'dropEnum', name, schema, definition: { values } }),
  dropEnum: ({ name, schema, definition }) =>
    definition === undefined
      ? missingDefinition('dropEnum', `enum ${name}`)
      : compact({ kind: 'createEnum', name, schema, values: definition.values }),
  addEnumValue: ({ name, value }) =>
    irreversible(
      'addEnumValue',
      `PostgreSQL cannot remove the value '${value}' from enum ${name}`,
      'Leave the value in place on downgrade, or recreate the type by hand.',
    ),
  renameEnumValue: ({ name, schema, from, to }) =>
    compact({ kind: 'renameEnumValue', name, schema, from: to, to: from }),

  createSequence: ({ kind: _kind, name, schema, ifNotExists, ...definition }) =>
    compact({ kind: 'dropSequence', name, schema, ifExists: ifNotExists, definition }),
  alterSequence: reverseAlterSequence,
  dropSequence: ({ name, schema, ifExists, definition }) =>
    definition === undefined
      ? missingDefinition('dropSequence', `sequence ${name}`)
      : compact({ kind: 'createSequence', name, schema, ifNotExists: ifExists, ...definition }),

  createSchema: ({ name, ifNotExists }) =>
    compact({ kind: 'dropSchema', name, ifExists: ifNotExists }),
  dropSchema: ({ name, ifExists, cascade }) =>
    cascade === true
      ? irreversible('dropSchema', `DROP SCHEMA ${name} CASCADE also drops everything in it`)
      : compact({ kind: 'createSchema', name, ifNotExists: ifExists }),

  ...reverseExtensionOps,
  ...reverseRenameOps,

  setTableComment: ({ table, schema, comment, existingComment }) =>
    existingComment === undefined
      ? irreversible('setTableComment', `the previous comment of ${table} is not known`)
      : compact({
          kind: 'setTableComment',
          table,
          schema,
          comment: existingComment,
          existingComment: comment,
        }),
  setColumnComment: ({ table, schema, column, comment, existingComment }) =>
    existingComment === undefined
      ? irreversible('setColumnComment', `the previous comment of ${table}.${column} is not known`)
      : compact({
          kind: 'setColumnComment',
          table,
          schema,
          column,
          comment: existingComment,
          existingComment: comment,
        }),

  // a setting, not a change: the downgrade sets its own, so the reverse is the same call
  setLockTimeout: (op) => op,

  execute: () => irreversible('execute', 'arbitrary SQL has no known inverse'),
  bulkInsert: ({ table }) =>
    irreversible('bulkInsert', `the rows inserted into ${table} are not tracked`),
};

/** The operation that undoes `op`; throws IrreversibleOperationError where there is none. */
export function reverseOp(op: Operation): Operation {
  const reverse = reversers[op.kind] as (op: Operation) => Operation;
  return reverse(op);
}

/** The operations that undo `ops`: each reversed, last first. */
export function reverseOps(ops: readonly Operation[]): Operation[] {
  return [...ops].reverse().map(reverseOp);
}
