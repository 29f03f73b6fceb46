import type { Sequence, Table } from '@retort/schema';
import { mapColumn } from './columns';
import { mapChecks, mapForeignKeys, mapPrimaryKey, mapUniques, type DrizzleTableConfig } from './constraints';
import type { DrizzleRuntime } from './drizzle-runtime';
import { mapIndexes } from './indexes';
import { mapPolicy, type DrizzlePolicy } from './policies';
import type { DrizzleCasing } from './sql-render';

export interface TableContext {
  rt: DrizzleRuntime;
  casing: DrizzleCasing;
  /** Relation names per schema, for PostgreSQL's implicit sequence names. */
  takenRelations: Map<string, Set<string>>;
}

/** One pgTable → a model Table (expressions still as drizzle rendered them) plus serial sequences. */
export function mapTable(
  config: DrizzleTableConfig,
  ctx: TableContext,
  linkedPolicies: readonly DrizzlePolicy[] = [],
): { table: Table; sequences: Sequence[] } {
  const schema = config.schema ?? 'public';
  const taken = ctx.takenRelations.get(schema) ?? new Set<string>();
  ctx.takenRelations.set(schema, taken);
  const sequences: Sequence[] = [];
  const columnCtx = { rt: ctx.rt, casing: ctx.casing, schema, table: config.name, takenRelations: taken };
  const columns = config.columns.map((c) => mapColumn(c, columnCtx, sequences));
  const primaryKey = mapPrimaryKey(config, ctx);
  const policies = [...(config.policies as DrizzlePolicy[]), ...linkedPolicies];
  for (const column of columns) {
    if (primaryKey?.columns.includes(column.name)) column.nullable = false;
  }
  return {
    table: {
      schema,
      name: config.name,
      comment: null,
      columns,
      primaryKey,
      foreignKeys: mapForeignKeys(config, ctx),
      uniques: mapUniques(config, ctx),
      checks: mapChecks(config, ctx),
      indexes: mapIndexes(config.name, config.indexes, ctx),
      exclusions: [],
      // drizzle-kit enables row-level security on every table that has a policy
      rowLevelSecurity: config.enableRLS === true || policies.length > 0,
      policies: policies.map((p) => mapPolicy(p, ctx.rt, ctx.casing)),
    },
    sequences,
  };
}
