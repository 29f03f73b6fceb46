import type { QualifiedName, SchemaModel, Sequence, Table } from '@retort/schema';
import type { DiffFilter } from './types';

export const DEFAULT_VERSION_TABLE: QualifiedName = { schema: 'public', name: 'retort_version' };

/** Which objects take part in the comparison. */
export interface Scope {
  schema(name: string): boolean;
  table(table: QualifiedName): boolean;
}

/** `*` matches any run of characters, `?` one character; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's');
}

function matchesAny(globs: readonly RegExp[], table: QualifiedName): boolean {
  return globs.some((g) => g.test(table.name) || g.test(`${table.schema}.${table.name}`));
}

export function createScope(
  filter: DiffFilter = {},
  versionTable: QualifiedName = DEFAULT_VERSION_TABLE,
): Scope {
  const include = filter.includeTables?.map(globToRegExp);
  const exclude = (filter.excludeTables ?? []).map(globToRegExp);
  const schema = (name: string): boolean =>
    (filter.includeSchemas === undefined || filter.includeSchemas.includes(name)) &&
    !(filter.excludeSchemas ?? []).includes(name);
  const table = (t: QualifiedName): boolean => {
    // the version table and its companion of applied-file checksums belong to retort
    if (t.schema === versionTable.schema && (t.name === versionTable.name || t.name === `${versionTable.name}_checksums`.slice(0, 63))) return false;
    if (!schema(t.schema)) return false;
    if (include !== undefined && !matchesAny(include, t)) return false;
    return !matchesAny(exclude, t);
  };
  return { schema, table };
}

/**
 * The part of a model inside the scope: tables and views that pass the filter, and the enums, domains
 * and sequences of schemas that pass it, except sequences owned by a table left out.
 */
export function scopeModel(model: SchemaModel, scope: Scope): SchemaModel {
  const ownerInScope = (s: Sequence): boolean =>
    s.ownedBy === null || scope.table({ schema: s.schema, name: s.ownedBy.table });
  return {
    ...model,
    schemas: model.schemas.filter(scope.schema),
    tables: model.tables.filter((t: Table) => scope.table(t)),
    enums: model.enums.filter((e) => scope.schema(e.schema)),
    domains: model.domains.filter((d) => scope.schema(d.schema)),
    sequences: model.sequences.filter((s) => scope.schema(s.schema) && ownerInScope(s)),
    views: model.views.filter((v) => scope.table(v)),
  };
}
