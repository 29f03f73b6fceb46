import type { Domain, Enum, Sequence } from '@retort/schema';
import { compareText } from '@retort/schema';
import type { DomainRow, EnumRow } from '../queries/types-query';
import type { SequenceRow } from '../queries/sequences-query';
import { canonicalColumnType } from './column-type';

export function buildEnum(row: EnumRow): Enum {
  return { schema: row.schema, name: row.name, values: row.values };
}

export function buildDomain(row: DomainRow): Domain {
  return {
    schema: row.schema,
    name: row.name,
    type: canonicalColumnType(row),
    notNull: row.not_null,
    default: row.default,
    collation: row.collation,
    checks: [...row.checks].sort((a, b) => compareText(a.name, b.name)),
  };
}

/** `owner` is the owning column's table name when the sequence is OWNED BY a column (serial). */
export function buildSequence(row: SequenceRow, ownerTable: string | null): Sequence {
  return {
    schema: row.schema,
    name: row.name,
    type: row.type as Sequence['type'],
    start: row.start,
    increment: row.increment,
    minValue: row.min,
    maxValue: row.max,
    cache: row.cache,
    cycle: row.cycle,
    ownedBy: ownerTable !== null && row.owner_column !== null ? { table: ownerTable, column: row.owner_column } : null,
  };
}
