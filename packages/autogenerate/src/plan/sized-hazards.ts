import type { Hazard } from '@retort/diff';
import type { TableSize } from '@retort/introspect';
import { sizedTableName } from './table-size';

/** The phrases hazards use for "the table"; the first that matches names it with its size. */
const PHRASES: readonly [RegExp, (label: string) => string][] = [
  [/rewrites the table/, (label) => `rewrites ${label}`],
  [/scans the whole table/, (label) => `scans all of ${label}`],
  [/blocks writes to the table/, (label) => `blocks writes to ${label}`],
  [/existing table \S+? (?=checks|blocks)/, (label) => `existing table ${label} `],
];

/**
 * Hazards of an operation on `qualified` (schema.name), told with the table's size from the
 * catalog: "rewrites public.orders (~12.4M rows, 3.1 GB) and its indexes under an ACCESS
 * EXCLUSIVE lock". Hazards that are not about locks or rewrites are left as they are.
 */
export function withTableSize(
  hazards: readonly Hazard[],
  qualified: string,
  size: TableSize | undefined,
): Hazard[] {
  if (size === undefined) return [...hazards];
  const label = sizedTableName(qualified, size);
  return hazards.map((hazard) => {
    if (hazard.code !== 'table-rewrite' && hazard.code !== 'long-lock') return hazard;
    const phrase = PHRASES.find(([pattern]) => pattern.test(hazard.message));
    const message =
      phrase === undefined
        ? `${hazard.message.replace(/\.$/, '')} (${label}).`
        : hazard.message.replace(phrase[0], phrase[1](label));
    return { ...hazard, message };
  });
}
