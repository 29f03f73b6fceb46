import type { Operation } from '@retort/ops';
import { objectTarget, opSchema, tableTarget } from './names';

/** The operations that rename or move an object in place (reverseOp undoes each). */

export function renameConstraintOp(
  schema: string,
  table: string,
  from: string,
  to: string,
): Operation {
  return { kind: 'renameConstraint', name: from, ...tableTarget(schema, table), newName: to };
}

export function renameIndexOp(schema: string, from: string, to: string): Operation {
  return { kind: 'renameIndex', ...objectTarget(schema, from), newName: to };
}

export function renameSequenceOp(schema: string, from: string, to: string): Operation {
  return { kind: 'renameSequence', ...objectTarget(schema, from), newName: to };
}

export function renameEnumOp(schema: string, from: string, to: string): Operation {
  return { kind: 'renameEnum', ...objectTarget(schema, from), newName: to };
}

/** Moves keep their name: `ALTER … SET SCHEMA`. */
export function moveOp(
  kind: 'setTableSchema' | 'setEnumSchema' | 'setSequenceSchema',
  schema: string,
  name: string,
  newSchema: string,
): Operation {
  const s = opSchema(schema);
  const at = s === undefined ? {} : { schema: s };
  return kind === 'setTableSchema'
    ? { kind, table: name, ...at, newSchema }
    : { kind, name, ...at, newSchema };
}
