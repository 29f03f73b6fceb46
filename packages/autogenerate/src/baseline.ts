import { diff, type DiffEntry } from '@retort/diff';
import type { ResolvedConfig } from '@retort/runtime';
import { emptyModel, type SchemaModel } from '@retort/schema';
import { diffScope } from './compare';

/**
 * The operations that build the models' schema from nothing: the body of a baseline revision
 * (Alembic's recipe for an existing database: autogenerate against an empty one, then stamp).
 */
export function baselineEntries(config: ResolvedConfig, target: SchemaModel): DiffEntry[] {
  const { versionTable, filter } = diffScope(config);
  return diff(emptyModel(), target, { filter, versionTable });
}
