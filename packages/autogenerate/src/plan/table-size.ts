import type { TableSize } from '@retort/introspect';

function compact(n: number, units: readonly string[], base: number, join: string): string {
  let value = n;
  let unit = 0;
  while (value >= base && unit < units.length - 1) {
    value /= base;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)}${join}${units[unit]}`;
}

/** `public.orders (~12.4M rows, 3.1 GB)`; rows unknown before the first ANALYZE. */
export function sizedTableName(qualified: string, size: TableSize): string {
  const rows =
    size.rows === null
      ? 'rows not yet counted'
      : `~${compact(Math.round(size.rows), ['', 'k', 'M', 'B'], 1000, '')} rows`;
  return `${qualified} (${rows}, ${compact(size.bytes, ['bytes', 'kB', 'MB', 'GB', 'TB'], 1024, ' ')})`;
}
