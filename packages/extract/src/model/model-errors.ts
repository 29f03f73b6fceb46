import { RetortError } from '@retort/errors';

/** Where a schema object came from, for messages: `export users in src/db/schema.ts`. */
export type Origin = string;

export function duplicateTable(qualified: string, first: Origin, second: Origin): RetortError {
  return new RetortError('DUPLICATE_TABLE', `Two tables are named ${qualified}: ${first} and ${second}.`, {
    hint: 'Table names must be unique within a schema. Rename one of them, or export the same table object only once.',
  });
}

export function duplicateObject(kind: string, qualified: string, first: Origin, second: Origin): RetortError {
  return new RetortError('DUPLICATE_OBJECT', `Two ${kind}s are named ${qualified}: ${first} and ${second}.`, {
    hint: `${kind[0]!.toUpperCase()}${kind.slice(1)} names must be unique within a schema; rename one of them.`,
  });
}

export function unknownReference(from: string, constraint: string, target: string): RetortError {
  return new RetortError(
    'UNKNOWN_REFERENCE',
    `Table ${from} has a foreign key ${constraint} to ${target}, which is not part of the schema.`,
    { hint: `Define ${target} in your models (and export it from a schema file), or remove the reference.` },
  );
}

export function unknownColumn(table: string, what: string, column: string): RetortError {
  return new RetortError('UNKNOWN_COLUMN', `${what} on table ${table} names column "${column}", which the table does not have.`, {
    hint: 'Check the column names in the constraint or index definition.',
  });
}
