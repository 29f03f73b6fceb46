import type { SequenceOptions as OpSequenceOptions } from '@retort/ops';
import { resolveSequenceOptions, type SequenceOptions, type SequenceType } from '@retort/schema';

type OptionKey = 'start' | 'increment' | 'minValue' | 'maxValue' | 'cache' | 'cycle';
export const OPTION_KEYS: readonly OptionKey[] = [
  'start',
  'increment',
  'minValue',
  'maxValue',
  'cache',
  'cycle',
];

/** A decimal string as a number when it is exact as one, else kept as the string. */
export function sequenceNumber(value: string): number | string {
  const n = Number(value);
  return Number.isSafeInteger(n) && String(n) === value ? n : value;
}

export function sequenceType(type: string): SequenceType {
  return type === 'smallint' || type === 'integer' ? type : 'bigint';
}

/**
 * Only the options that differ from what PostgreSQL would choose for that type, so that
 * `{ always: true }` stays `{ always: true }`. The bounds default from the increment and the
 * start from the bounds, as in CREATE SEQUENCE.
 */
export function minimalSequenceOptions(
  type: SequenceType,
  options: SequenceOptions,
): Omit<OpSequenceOptions, 'as' | 'ownedBy'> {
  const bounds = resolveSequenceOptions(type, { increment: options.increment });
  const all = resolveSequenceOptions(type, {
    increment: options.increment,
    minValue: options.minValue,
    maxValue: options.maxValue,
  });
  const result: Omit<OpSequenceOptions, 'as' | 'ownedBy'> = {};
  if (options.start !== all.start) result.start = sequenceNumber(options.start);
  if (options.increment !== '1') result.increment = sequenceNumber(options.increment);
  if (options.minValue !== bounds.minValue) result.minValue = sequenceNumber(options.minValue);
  if (options.maxValue !== bounds.maxValue) result.maxValue = sequenceNumber(options.maxValue);
  if (options.cache !== bounds.cache) result.cache = sequenceNumber(options.cache);
  if (options.cycle) result.cycle = true;
  return result;
}

/** The options whose value differs, as `changes` (target) and `existing` (current). */
export function changedSequenceOptions(
  current: SequenceOptions,
  target: SequenceOptions,
): { changes: OpSequenceOptions; existing: OpSequenceOptions } {
  const changes: Record<string, unknown> = {};
  const existing: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) {
    if (current[key] === target[key]) continue;
    changes[key] = key === 'cycle' ? target.cycle : sequenceNumber(target[key] as string);
    existing[key] = key === 'cycle' ? current.cycle : sequenceNumber(current[key] as string);
  }
  return { changes: changes as OpSequenceOptions, existing: existing as OpSequenceOptions };
}
