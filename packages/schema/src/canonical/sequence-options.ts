import type { SequenceOptions } from '../model';

export type SequenceType = 'smallint' | 'integer' | 'bigint';

const BOUNDS: Record<SequenceType, [bigint, bigint]> = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};

export interface PartialSequenceOptions {
  start?: string | number | bigint | null;
  increment?: string | number | bigint | null;
  minValue?: string | number | bigint | null;
  maxValue?: string | number | bigint | null;
  cache?: string | number | bigint | null;
  cycle?: boolean | null;
}

/** Fills in PostgreSQL's defaults (CREATE SEQUENCE) for the options not given. */
export function resolveSequenceOptions(type: SequenceType, given: PartialSequenceOptions = {}): SequenceOptions {
  const [typeMin, typeMax] = BOUNDS[type];
  const increment = big(given.increment) ?? 1n;
  const ascending = increment > 0n;
  const minValue = big(given.minValue) ?? (ascending ? 1n : typeMin);
  const maxValue = big(given.maxValue) ?? (ascending ? typeMax : -1n);
  const start = big(given.start) ?? (ascending ? minValue : maxValue);
  return {
    start: String(start),
    increment: String(increment),
    minValue: String(minValue),
    maxValue: String(maxValue),
    cache: String(big(given.cache) ?? 1n),
    cycle: given.cycle ?? false,
  };
}

function big(value: string | number | bigint | null | undefined): bigint | null {
  return value === null || value === undefined ? null : BigInt(value);
}
