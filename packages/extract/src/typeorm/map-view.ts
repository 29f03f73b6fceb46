import { canonicalViewDefinition, truncateIdentifier, type Index, type View } from '@retort/schema';

/** The fields of a ViewEntity's EntityMetadata that the mapping reads. */
export interface ViewMetadataLike {
  name: string;
  tableName: string;
  schema?: string;
  expression?: string | ((ds: unknown) => { getQuery(): string });
  tableMetadataArgs: { materialized?: boolean };
  indices: {
    name?: string;
    isUnique: boolean;
    isSpatial: boolean;
    type?: string;
    where?: string;
    synchronize?: boolean;
    columns: { databaseName: string }[];
  }[];
}

/**
 * One `@ViewEntity` → a model View, with the query TypeORM's synchronize runs (the string
 * trimmed, or the query builder's `getQuery()`); a materialized view keeps its `@Index`es.
 */
export function mapViewEntity(metadata: ViewMetadataLike, ds: unknown, schema: string): View {
  const { expression } = metadata;
  const query =
    typeof expression === 'function' ? expression(ds).getQuery() : (expression ?? '').trim();
  const materialized = metadata.tableMetadataArgs.materialized === true;
  return {
    schema,
    name: metadata.tableName,
    materialized,
    definition: canonicalViewDefinition(query),
    with: [],
    using: null,
    withNoData: false,
    indexes: materialized
      ? metadata.indices.filter((i) => i.synchronize !== false).map(viewIndex)
      : [],
    dependsOn: [],
    columns: [],
  };
}

function viewIndex(i: ViewMetadataLike['indices'][number]): Index {
  return {
    name: truncateIdentifier(i.name ?? ''),
    unique: i.isUnique,
    method: i.isSpatial ? 'gist' : (i.type ?? 'btree'),
    keys: i.columns.map((c) => ({
      column: c.databaseName,
      expression: null,
      opclass: null,
      collation: null,
      order: 'asc',
      nulls: 'last',
    })),
    include: [],
    where: i.where ? i.where : null,
    nullsNotDistinct: false,
    with: [],
  };
}
