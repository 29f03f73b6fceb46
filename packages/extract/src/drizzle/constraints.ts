import type { CheckConstraint, ForeignKey, ForeignKeyAction, PrimaryKey, UniqueConstraint } from '@retort/schema';
import { primaryKeyName, truncateIdentifier } from '@retort/schema';
import { columnName, type DrizzleColumn } from './columns';
import type { DrizzleRuntime } from './drizzle-runtime';
import { renderSql, type DrizzleCasing } from './sql-render';

type NamedColumn = { name: string; keyAsName: boolean; table?: unknown };

export interface DrizzleTableConfig {
  name: string;
  schema: string | undefined;
  columns: DrizzleColumn[];
  primaryKeys: { columns: NamedColumn[]; getName(): string }[];
  foreignKeys: {
    onDelete?: string; onUpdate?: string; getName(): string;
    reference(): { columns: NamedColumn[]; foreignColumns: NamedColumn[]; foreignTable: unknown };
  }[];
  uniqueConstraints: { name?: string; columns: NamedColumn[]; nullsNotDistinct: boolean }[];
  checks: { name: string; value: unknown }[];
  indexes: { config: import('./indexes').DrizzleIndexConfig }[];
  policies: unknown[];
  enableRLS?: boolean;
}

export interface ConstraintContext {
  rt: DrizzleRuntime;
  casing: DrizzleCasing;
}

/** A drizzle-generated name with the columns' casing applied (drizzle-kit renames the same way). */
function cased(name: string, columns: NamedColumn[], ctx: ConstraintContext): string {
  let out = name;
  if (ctx.casing !== undefined) {
    for (const c of columns) out = out.replace(c.name, columnName(ctx.rt, c, ctx.casing));
  }
  return truncateIdentifier(out);
}

export function mapPrimaryKey(config: DrizzleTableConfig, ctx: ConstraintContext): PrimaryKey | null {
  const composite = config.primaryKeys[0];
  if (composite) {
    return { name: cased(composite.getName(), composite.columns, ctx), columns: composite.columns.map((c) => columnName(ctx.rt, c, ctx.casing)) };
  }
  const inline = config.columns.filter((c) => c.primary);
  if (inline.length === 0) return null;
  return { name: primaryKeyName(config.name), columns: inline.map((c) => columnName(ctx.rt, c, ctx.casing)) };
}

export function mapForeignKeys(config: DrizzleTableConfig, ctx: ConstraintContext): ForeignKey[] {
  return config.foreignKeys.map((fk) => {
    const ref = fk.reference();
    const target = ctx.rt.pg.getTableConfig(ref.foreignTable as never);
    return {
      name: cased(fk.getName(), [...ref.columns, ...ref.foreignColumns], ctx),
      columns: ref.columns.map((c) => columnName(ctx.rt, c, ctx.casing)),
      referencedSchema: target.schema ?? 'public',
      referencedTable: target.name,
      referencedColumns: ref.foreignColumns.map((c) => columnName(ctx.rt, c, ctx.casing)),
      onDelete: action(fk.onDelete),
      onUpdate: action(fk.onUpdate),
      match: 'simple',
      deferrable: false,
      initiallyDeferred: false,
    };
  });
}

export function mapUniques(config: DrizzleTableConfig, ctx: ConstraintContext): UniqueConstraint[] {
  const out: UniqueConstraint[] = [];
  for (const column of config.columns) {
    if (!column.isUnique) continue;
    const name = column.uniqueName ?? `${config.name}_${column.name}_unique`;
    out.push(unique(cased(name, [column], ctx), [columnName(ctx.rt, column, ctx.casing)], column.uniqueType === 'not distinct'));
  }
  for (const u of config.uniqueConstraints) {
    const columns = u.columns.map((c) => columnName(ctx.rt, c, ctx.casing));
    const name = u.name ?? `${config.name}_${columns.join('_')}_unique`;
    out.push(unique(truncateIdentifier(name), columns, u.nullsNotDistinct));
  }
  return out;
}

export function mapChecks(config: DrizzleTableConfig, ctx: ConstraintContext): CheckConstraint[] {
  return config.checks.map((c) => ({ name: truncateIdentifier(c.name), expression: renderSql(ctx.rt, ctx.casing, c.value) }));
}

function unique(name: string, columns: string[], nullsNotDistinct: boolean): UniqueConstraint {
  return { name, columns, nullsNotDistinct, deferrable: false, initiallyDeferred: false };
}

function action(value: string | undefined): ForeignKeyAction {
  return (value ?? 'no action').toLowerCase() as ForeignKeyAction;
}
