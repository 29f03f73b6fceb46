import type { Column, Generated, Identity } from '@retort/schema';
import type { ColumnRow } from '../queries/columns-query';
import type { SequenceRow } from '../queries/sequences-query';
import { canonicalColumnType } from './column-type';

/** Identity sequences keyed by `tableOid/column`. */
export type IdentitySequences = ReadonlyMap<string, SequenceRow>;

export function buildColumn(row: ColumnRow, identities: IdentitySequences): Column {
  return {
    name: row.name,
    type: canonicalColumnType(row),
    nullable: !row.not_null,
    default: row.default,
    identity: buildIdentity(row, identities.get(`${row.table_oid}/${row.name}`)),
    generated: buildGenerated(row),
    collation: row.collation,
    comment: row.comment,
  };
}

function buildIdentity(row: ColumnRow, sequence: SequenceRow | undefined): Identity | null {
  if (row.identity !== 'a' && row.identity !== 'd') return null;
  if (!sequence) throw new Error(`identity column ${row.name} has no sequence`);
  return {
    generation: row.identity === 'a' ? 'always' : 'byDefault',
    sequenceName: sequence.name,
    start: sequence.start,
    increment: sequence.increment,
    minValue: sequence.min,
    maxValue: sequence.max,
    cache: sequence.cache,
    cycle: sequence.cycle,
  };
}

function buildGenerated(row: ColumnRow): Generated | null {
  if (row.generated === null || row.generated_kind === '') return null;
  return { kind: row.generated_kind === 'v' ? 'virtual' : 'stored', expression: row.generated };
}
