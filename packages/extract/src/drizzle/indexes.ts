import type { Index, IndexKey } from '@retort/schema';
import { canonicalOpclass, compareText, parseIndexKeySql, truncateIdentifier } from '@retort/schema';
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
  with?: Record<string, unknown>;
}

/** drizzle-kit's name for an unnamed index: `<table>_<col>_<col>_index`. */
export function mapIndexes(
  table: string,
  indexes: { config: DrizzleIndexConfig }[],
  ctx: ConstraintContext,
): Index[] {
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
      with: Object.entries(config.with ?? {})
        .map(([key, value]) => `${key}=${String(value)}`)
        .sort(compareText),
    };
  });
}

function mapKey(key: unknown, ctx: ConstraintContext): IndexKey {
  if (ctx.rt.orm.is(key, ctx.rt.orm.SQL)) {
    // sql`name desc` is a column key in DESC order once PostgreSQL has read it
    return {
      ...parseIndexKeySql(renderSql(ctx.rt, ctx.casing, key)),
      opclass: null,
      collation: null,
    };
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
