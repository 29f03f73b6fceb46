import { canonicalViewDefinition, type View } from '@retort/schema';
import { mapIndex } from './map-index';

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
      ? metadata.indices
          .filter((i) => i.synchronize !== false)
          .map((i) =>
            mapIndex(
              i,
              i.columns.map((c) => c.databaseName),
            ),
          )
      : [],
    dependsOn: [],
    columns: [],
  };
}
