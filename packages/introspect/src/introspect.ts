import { compareText, SCHEMA_MODEL_VERSION, type QualifiedName, type SchemaModel, type Sequence, type Table } from '@retort/schema';
import type { Queryable } from './queryable';
import { buildColumn } from './assemble/build-columns';
import { buildConstraints } from './assemble/build-constraints';
import { buildIndexes } from './assemble/build-indexes';
import { buildPolicies, buildRole } from './assemble/build-policies';
import { buildDomain, buildEnum, buildSequence } from './assemble/build-types';
import { groupBy } from './assemble/group-by';
import { readCatalog, type CatalogRows } from './read-catalog';
import type { SequenceRow } from './queries/sequences-query';
import { buildView } from './assemble/build-views';

export interface IntrospectOptions {
  /** Schemas to read; default: every non-system schema in the database. */
  schemas?: readonly string[];
  /** Tables and views left out of the result (the version table, `.existing()` views), with their indexes, constraints and owned sequences. */
  excludeTables?: readonly QualifiedName[];
  /** Roles to read (roles are cluster-wide: only the ones a model declares); default none. */
  roles?: readonly string[];
}

/** The number of catalog queries `introspect` runs, whatever the size of the database. */
export const INTROSPECTION_QUERY_COUNT = 11;

/** A table's size from the catalog, for hazards: estimates, as cheap to read as the rest. */
export interface TableSize {
  /** pg_class.reltuples; null before the table was first analyzed or vacuumed. */
  rows: number | null;
  /** pg_total_relation_size: heap, indexes and TOAST. */
  bytes: number;
}

/** What `introspectWithSizes` reads: the model and, keyed `schema.name`, each table's size. */
export interface SizedModel {
  model: SchemaModel;
  sizes: Map<string, TableSize>;
}

/**
 * Reads the live schema into a SchemaModel with a fixed number of pg_catalog queries
 * (INTROSPECTION_QUERY_COUNT), each covering every table in scope; rows are grouped in one pass.
 */
export async function introspect(db: Queryable, options: IntrospectOptions = {}): Promise<SchemaModel> {
  return (await introspectWithSizes(db, options)).model;
}

/** `introspect`, plus the size of every table it read (from the same query). */
export async function introspectWithSizes(db: Queryable, options: IntrospectOptions = {}): Promise<SizedModel> {
  const roles = options.roles ?? [];
  const rows = await readCatalog(db, options.schemas ? { schemas: options.schemas, roles } : { roles });
  return assembleCatalog(rows, options);
}

/** Builds the SchemaModel from the rows readCatalog returned, leaving out `excludeTables`. */
export function assembleCatalog(rows: CatalogRows, options: Pick<IntrospectOptions, 'excludeTables'> = {}): SizedModel {
  const { scope, catalog, tables, sequences } = rows;
  const existing = catalog?.schemas ?? [];
  const excluded = new Set((options.excludeTables ?? []).map((t) => `${t.schema}.${t.name}`));
  const kept = new Map(tables.filter((t) => !excluded.has(`${t.schema}.${t.name}`)).map((t) => [t.oid, t]));
  const identities = new Map<string, SequenceRow>();
  const modelSequences: Sequence[] = [];
  for (const row of sequences) {
    if (row.owner_kind === 'i') identities.set(`${row.owner_oid}/${row.owner_column}`, row);
    else if (row.owner_kind === 'a') {
      const owner = kept.get(row.owner_oid ?? '');
      if (owner) modelSequences.push(buildSequence(row, owner.name));
    } else modelSequences.push(buildSequence(row, null));
  }

  const columnsByTable = groupBy(rows.columns, (r) => r.table_oid);
  const constraintsByTable = groupBy(rows.constraints, (r) => r.table_oid);
  const indexesByTable = groupBy(rows.indexes, (r) => r.table_oid);
  const policiesByTable = groupBy(rows.policies, (r) => r.table_oid);
  const modelTables: Table[] = [];
  const sizes = new Map<string, TableSize>();
  for (const t of kept.values()) {
    sizes.set(`${t.schema}.${t.name}`, {
      rows: t.approx_rows < 0 ? null : t.approx_rows,
      bytes: t.total_bytes,
    });
    const cols = (columnsByTable.get(t.oid) ?? []).sort((a, b) => a.num - b.num);
    modelTables.push({
      schema: t.schema,
      name: t.name,
      comment: t.comment,
      columns: cols.map((c) => buildColumn(c, identities)),
      ...buildConstraints(constraintsByTable.get(t.oid) ?? []),
      indexes: buildIndexes(indexesByTable.get(t.oid) ?? []),
      rowLevelSecurity: t.row_security,
      policies: buildPolicies(policiesByTable.get(t.oid) ?? []),
    });
  }

  const byQualified = (a: QualifiedName, b: QualifiedName) => compareText(a.schema, b.schema) || compareText(a.name, b.name);
  const inScope = new Set(scope);
  const model: SchemaModel = {
    version: SCHEMA_MODEL_VERSION,
    dialect: 'postgresql',
    schemas: existing.filter((s) => inScope.has(s)).sort(compareText),
    tables: modelTables.sort(byQualified),
    enums: rows.enums.map(buildEnum).sort(byQualified),
    domains: rows.domains.map(buildDomain).sort(byQualified),
    sequences: modelSequences.sort(byQualified),
    extensions: (catalog?.extensions ?? []).sort((a, b) => compareText(a.name, b.name)),
    roles: rows.roles.map(buildRole).sort((a, b) => compareText(a.name, b.name)),
    views: rows.views
      .filter((v) => !excluded.has(`${v.schema}.${v.name}`))
      .map((v) => buildView(v, buildIndexes(indexesByTable.get(v.oid) ?? [])))
      .sort(byQualified),
  };
  return { model, sizes };
}
