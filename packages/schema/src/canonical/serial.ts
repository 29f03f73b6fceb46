import type { Column, Sequence } from '../model';
import { sequenceName } from './names';
import { quoteIdent, quoteQualified } from './quote-ident';
import { resolveSequenceOptions, type SequenceType } from './sequence-options';

export type SerialKind = 'smallserial' | 'serial' | 'bigserial';

const SERIAL_KIND: Record<SequenceType, SerialKind> = { smallint: 'smallserial', integer: 'serial', bigint: 'bigserial' };

/**
 * The `regclass` literal PostgreSQL prints for a relation, assuming the default search_path
 * (`"$user", public`): unqualified in `public`, qualified elsewhere.
 */
export function regclassLiteral(schema: string, name: string): string {
  const text = schema === 'public' ? quoteIdent(name) : quoteQualified(schema, name);
  return `'${text.replace(/'/g, "''")}'::regclass`;
}

/** `nextval('users_id_seq'::regclass)` as PostgreSQL prints a serial column's default. */
export function nextvalDefault(schema: string, sequence: string): string {
  return `nextval(${regclassLiteral(schema, sequence)})`;
}

/**
 * What `<column> serial` expands to: an integer column, NOT NULL, defaulting to nextval of a
 * sequence `<table>_<column>_seq` of the same type owned by the column.
 */
export function expandSerial(
  schema: string,
  table: string,
  column: string,
  type: SequenceType,
): { column: Pick<Column, 'type' | 'nullable' | 'default'>; sequence: Sequence } {
  const name = sequenceName(table, column);
  return {
    column: { type, nullable: false, default: nextvalDefault(schema, name) },
    sequence: { schema, name, type, ...resolveSequenceOptions(type), ownedBy: { table, column } },
  };
}

/**
 * Recognises a serial column: integer type, nextval default on a sequence owned by the column
 * with the default options of that type. Returns the serial kind, or null.
 */
export function detectSerial(schema: string, table: string, column: Column, sequences: readonly Sequence[]): SerialKind | null {
  if (column.type !== 'smallint' && column.type !== 'integer' && column.type !== 'bigint') return null;
  if (column.nullable || column.default === null) return null;
  const sequence = sequences.find(
    (s) => s.schema === schema && s.ownedBy?.table === table && s.ownedBy.column === column.name,
  );
  if (!sequence || sequence.type !== column.type) return null;
  if (column.default !== nextvalDefault(schema, sequence.name)) return null;
  const defaults = resolveSequenceOptions(column.type);
  const same = (Object.keys(defaults) as (keyof typeof defaults)[]).every((k) => sequence[k] === defaults[k]);
  return same ? SERIAL_KIND[column.type] : null;
}
