import type { Index, IndexKey } from '@retort/schema';
import { canonicalOpclass, truncateIdentifier } from '@retort/schema';
import { columnName } from './columns';
import type { ConstraintContext } from './constraints';
import { renderSql } from './sql-render';

interface IndexedColumn {
  name: string;
  keyAsName: boolean;
  indexConfig?: { order?: 'asc' | 'desc'; nulls?: 'first' | 'last'; opClass?: string };
}

export interface DrizzleIndexConfig {
  name?: string;
  columns: unknown[];
  unique: boolean;
  method?: string;
  where?: unknown;
}

/** drizzle-kit's name for an unnamed index: `<table>_<col>_<col>_index`. */
export function mapIndexes(table: string, indexes: { config: DrizzleIndexConfig }[], ctx: ConstraintContext): Index[] {
  return indexes.map(({ config }) => {
    const keys = config.columns.map((c) => mapKey(c, ctx));
    const name = config.name ?? `${table}_${keys.map((k) => k.column ?? 'expr').join('_')}_index`;
    return {
      name: truncateIdentifier(name),
      unique: config.unique,
      method: config.method ?? 'btree',
      keys,
      include: [],
      where: config.where ? renderSql(ctx.rt, ctx.casing, config.where) : null,
      nullsNotDistinct: false,
    };
  });
}

function mapKey(key: unknown, ctx: ConstraintContext): IndexKey {
  if (ctx.rt.orm.is(key, ctx.rt.orm.SQL)) {
    return { column: null, expression: renderSql(ctx.rt, ctx.casing, key), opclass: null, collation: null, order: 'asc', nulls: 'last' };
  }
  const column = key as IndexedColumn;
  const order = column.indexConfig?.order ?? 'asc';
  return {
    column: columnName(ctx.rt, column, ctx.casing),
    expression: null,
    opclass: column.indexConfig?.opClass ? canonicalOpclass(column.indexConfig.opClass) : null,
    collation: null,
    order,
    nulls: column.indexConfig?.nulls ?? (order === 'desc' ? 'first' : 'last'),
  };
}
