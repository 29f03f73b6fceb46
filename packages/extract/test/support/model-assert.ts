import { diffPaths, type SchemaModel } from '@retort/schema';

/** Fails with every differing path (`tables[public.users].columns[email].type: …`), not a 500-line dump. */
export function expectSameModel(fromOrm: SchemaModel, fromDb: SchemaModel, label: string): void {
  const diffs = diffPaths(fromOrm, fromDb);
  if (diffs.length > 0) {
    throw new Error(`${label}: extract(fixture) (first) differs from introspect(database) (second):\n  ${diffs.join('\n  ')}`);
  }
}
