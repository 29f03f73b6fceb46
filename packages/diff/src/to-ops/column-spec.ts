import type { ColumnSpec, IdentitySpec } from '@retort/ops';
import {
  detectSerial,
  parseQualifiedName,
  type Column,
  type Identity,
  type Sequence,
} from '@retort/schema';
import { minimalSequenceOptions, sequenceType } from './sequence-options';

/** `GENERATED … AS IDENTITY` with only the options that differ from the type's defaults. */
export function identitySpec(identity: Identity, columnType: string): IdentitySpec {
  return {
    always: identity.generation === 'always',
    ...minimalSequenceOptions(sequenceType(columnType), identity),
  };
}

/**
 * ColumnSpec.collation is one identifier (the compiler quotes it): a plain name ('C') is used
 * as it is; a qualified or quoted one ('public."my coll"') keeps its last part.
 */
export function collationName(collation: string): string {
  if (!collation.includes('.') && !collation.includes('"')) return collation;
  const parts = parseQualifiedName(collation);
  return parts[parts.length - 1] ?? collation;
}

/**
 * A model column as createTable/addColumn create it. A serial column (integer, nextval default
 * on a sequence it owns with default options) becomes `serial`/`bigserial`/`smallserial`, so
 * that creating the column creates and owns its sequence, and dropping it drops the sequence.
 */
export function columnSpec(
  schema: string,
  table: string,
  column: Column,
  sequences: readonly Sequence[],
): ColumnSpec {
  const serial = detectSerial(schema, table, column, sequences);
  const spec: ColumnSpec = { name: column.name, type: serial ?? column.type };
  if (!column.nullable) spec.nullable = false;
  if (column.default !== null && serial === null) spec.default = column.default;
  if (column.identity !== null) spec.identity = identitySpec(column.identity, column.type);
  if (column.generated !== null) spec.generated = column.generated.expression;
  if (column.collation !== null) spec.collation = collationName(column.collation);
  if (column.comment !== null) spec.comment = column.comment;
  return spec;
}

/** The sequence a serial column creates and owns, or null. */
export function serialSequence(
  schema: string,
  table: string,
  column: Column,
  sequences: readonly Sequence[],
): Sequence | null {
  if (detectSerial(schema, table, column, sequences) === null) return null;
  return (
    sequences.find(
      (s) => s.schema === schema && s.ownedBy?.table === table && s.ownedBy.column === column.name,
    ) ?? null
  );
}
