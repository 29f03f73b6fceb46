import { truncateIdentifier, type Index } from '@retort/schema';

/** What TypeORM's index metadata says about an index, on a table or a materialized view alike. */
export interface TypeOrmIndexLike {
  name?: string;
  isUnique: boolean;
  isSpatial: boolean;
  type?: string;
  where?: string;
}

/** A TypeORM index over `columns` (plain ascending keys: TypeORM declares no expressions or orders). */
export function mapIndex(i: TypeOrmIndexLike, columns: readonly string[]): Index {
  return {
    name: truncateIdentifier(i.name ?? ''),
    unique: i.isUnique,
    method: i.isSpatial ? 'gist' : (i.type ?? 'btree'),
    keys: columns.map((column) => ({
      column,
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
