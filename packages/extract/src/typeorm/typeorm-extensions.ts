import type { Extension } from '@retort/schema';

/** What TypeORM's PostgresDriver reports about the entities (`checkMetadataForExtensions`). */
interface ExtensionsMetadata {
  hasUuidColumns: boolean;
  hasCitextColumns: boolean;
  hasHstoreColumns: boolean;
  hasCubeColumns: boolean;
  hasGeometryColumns: boolean;
  hasLtreeColumns: boolean;
  hasVectorColumns: boolean;
  hasExclusionConstraints: boolean;
}

export interface ExtensionsDataSource {
  options: { installExtensions?: boolean; uuidExtension?: string; extensions?: string[] };
  driver: { checkMetadataForExtensions?(): Promise<ExtensionsMetadata> };
}

/**
 * The extensions TypeORM's synchronize installs (PostgresDriver.afterConnect): none when
 * `installExtensions` is false; else the uuid extension (`uuidExtension`, default uuid-ossp)
 * for uuid-generated columns, citext, hstore, postgis, cube, ltree and vector for columns of
 * their types, btree_gist for exclusion constraints, and the DataSource's own `extensions`.
 * TypeORM creates them without a schema, so they land in the search_path's first (public).
 */
export async function typeormExtensions(ds: ExtensionsDataSource): Promise<Extension[]> {
  if (ds.options.installExtensions === false || !ds.driver.checkMetadataForExtensions) return [];
  const m = await ds.driver.checkMetadataForExtensions();
  const names = [
    m.hasUuidColumns && (ds.options.uuidExtension ?? 'uuid-ossp'),
    m.hasCitextColumns && 'citext',
    m.hasHstoreColumns && 'hstore',
    m.hasGeometryColumns && 'postgis',
    m.hasCubeColumns && 'cube',
    m.hasLtreeColumns && 'ltree',
    m.hasVectorColumns && 'vector',
    m.hasExclusionConstraints && 'btree_gist',
    ...(ds.options.extensions ?? []),
  ];
  return names.filter((n): n is string => typeof n === 'string').map((name) => ({ name, schema: 'public' }));
}
