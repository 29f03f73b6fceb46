import type { Column, Identity, Sequence } from '@retort/schema';
import {
  canonicalType, nextvalDefault, quoteQualified, resolveSequenceOptions, sequenceName, serialBaseType, truncateIdentifier,
} from '@retort/schema';
import type { DrizzleRuntime } from './drizzle-runtime';
import { literalDefault, renderSql, type DrizzleCasing } from './sql-render';

/** The parts of a drizzle PgColumn this module reads (public fields of drizzle-orm's Column). */
export interface DrizzleColumn {
  name: string;
  keyAsName: boolean;
  notNull: boolean;
  primary: boolean;
  default: unknown;
  columnType: string;
  getSQLType(): string;
  isUnique: boolean;
  uniqueName: string | undefined;
  uniqueType: 'distinct' | 'not distinct' | undefined;
  generated: { as: unknown; type?: string } | undefined;
  generatedIdentity: { type: 'always' | 'byDefault'; sequenceName?: string; sequenceOptions?: Record<string, unknown> } | undefined;
  baseColumn?: DrizzleColumn;
  enum?: { enumName: string; schema?: string };
}

export interface ColumnContext {
  rt: DrizzleRuntime;
  casing: DrizzleCasing;
  schema: string;
  table: string;
  /** Relation names already used in the schema (for the implicit `<table>_<column>_seq` names). */
  takenRelations: Set<string>;
}

/** The column name after drizzle's `casing` option (drizzle-kit's getColumnCasing). */
export function columnName(rt: DrizzleRuntime, column: { name: string; keyAsName: boolean }, casing: DrizzleCasing): string {
  if (!column.keyAsName || casing === undefined) return column.name;
  return casing === 'camelCase' ? rt.casing.toCamelCase(column.name) : rt.casing.toSnakeCase(column.name);
}

export function mapColumn(column: DrizzleColumn, ctx: ColumnContext, sequences: Sequence[]): Column {
  const name = columnName(ctx.rt, column, ctx.casing);
  const sqlType = column.getSQLType();
  const serial = serialBaseType(sqlType);
  const type = columnType(column, sqlType);
  const identity = column.generatedIdentity ? mapIdentity(column.generatedIdentity, type, name, ctx) : null;
  let defaultSql: string | null = null;
  if (serial) {
    const seq = sequenceName(ctx.table, name, ctx.takenRelations);
    ctx.takenRelations.add(seq);
    sequences.push({
      schema: ctx.schema, name: seq, type: serial, ...resolveSequenceOptions(serial), ownedBy: { table: ctx.table, column: name },
    });
    defaultSql = nextvalDefault(ctx.schema, seq);
  } else if (column.default !== undefined && !identity && !column.generated) {
    defaultSql = isSql(ctx.rt, column.default) ? renderSql(ctx.rt, ctx.casing, column.default) : literalDefault(column.default, sqlType);
  }
  const generated = column.generated
    ? { kind: 'stored' as const, expression: renderSql(ctx.rt, ctx.casing, column.generated.as) }
    : null;
  return {
    name,
    type,
    nullable: !(column.notNull || column.primary || serial !== null || identity !== null),
    default: defaultSql,
    identity,
    generated,
    collation: null,
    comment: null,
  };
}

function columnType(column: DrizzleColumn, sqlType: string): string {
  let base: DrizzleColumn = column;
  let dims = 0;
  while (base.baseColumn) {
    base = base.baseColumn;
    dims++;
  }
  if (base.enum) {
    const enumType = quoteQualified(base.enum.schema ?? 'public', base.enum.enumName);
    return dims > 0 ? `${enumType}[]` : enumType;
  }
  return canonicalType(sqlType);
}

function mapIdentity(identity: NonNullable<DrizzleColumn['generatedIdentity']>, type: string, column: string, ctx: ColumnContext): Identity {
  const intType = type === 'smallint' || type === 'bigint' ? type : 'integer';
  const o = identity.sequenceOptions ?? {};
  const seq = identity.sequenceName ? truncateIdentifier(identity.sequenceName) : sequenceName(ctx.table, column, ctx.takenRelations);
  ctx.takenRelations.add(seq);
  return {
    generation: identity.type,
    sequenceName: seq,
    ...resolveSequenceOptions(intType, {
      start: o.startWith as string | undefined,
      increment: o.increment as string | undefined,
      minValue: o.minValue as string | undefined,
      maxValue: o.maxValue as string | undefined,
      cache: o.cache as string | undefined,
      cycle: o.cycle as boolean | undefined,
    }),
  };
}

function isSql(rt: DrizzleRuntime, value: unknown): boolean {
  return rt.orm.is(value, rt.orm.SQL);
}
