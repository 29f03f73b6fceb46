import { diffPaths, type SchemaModel } from '@retort/schema';

/** `tables[public.t].columns: order [a, b] ≠ [b, a]` */
const COLUMN_ORDER = /^tables\[[^\]]+\]\.columns: order /;

export function modelDifferences(actual: SchemaModel, expected: SchemaModel, options: { ignoreColumnOrder?: boolean } = {}): string[] {
  const diffs = diffPaths(actual, expected);
  return options.ignoreColumnOrder ? diffs.filter((d) => !COLUMN_ORDER.test(d)) : diffs;
}

/** Fails with every differing path rather than a dump of two models. */
export function expectSameModel(actual: SchemaModel, expected: SchemaModel, label: string, options: { ignoreColumnOrder?: boolean } = {}): void {
  const diffs = modelDifferences(actual, expected, options);
  if (diffs.length > 0) throw new Error(`${label}: the first model differs from the second:\n  ${diffs.join('\n  ')}`);
}

/** Fails listing the operations when autogenerate still finds changes. */
export function expectNoChanges(ops: readonly string[], label: string): void {
  if (ops.length > 0) throw new Error(`${label}: autogenerate still finds ${ops.length} change(s):\n  ${ops.join('\n  ')}`);
}
