import type { Column, Enum, Sequence } from '@retort/schema';
import { canonicalType, nextvalDefault, quoteQualified, resolveSequenceOptions, sequenceName } from '@retort/schema';
import type { TypeormColumn, TypeormTable } from './typeorm-runtime';

export interface ColumnContext {
  schema: string;
  table: TypeormTable;
  tableName: string;
  driver: { createFullType(column: unknown): string; uuidGenerator: string };
  takenRelations: Set<string>;
}

export interface MappedColumn {
  column: Column;
  sequence: Sequence | null;
  enumType: Enum | null;
}

const SERIAL: Record<string, 'smallint' | 'integer' | 'bigint'> = {
  integer: 'integer', int: 'integer', int4: 'integer', smallint: 'smallint', int2: 'smallint', bigint: 'bigint', int8: 'bigint',
};

/** One TableColumn → model Column, following PostgresQueryRunner.buildCreateColumnSql. */
export function mapColumn(c: TypeormColumn, ctx: ColumnContext): MappedColumn {
  const identity = c.isGenerated && c.generationStrategy === 'identity';
  const serial = c.isGenerated && c.generationStrategy !== 'uuid' && !identity ? SERIAL[c.type] ?? null : null;
  const isEnum = c.type === 'enum' || c.type === 'simple-enum';
  const enumName = isEnum ? (c.enumName ?? `${ctx.tableName}_${c.name.toLowerCase()}_enum`) : null;
  const type = enumName
    ? `${quoteQualified(ctx.schema, enumName)}${c.isArray ? '[]' : ''}`
    : canonicalType(serial ?? ctx.driver.createFullType(c));
  let defaultSql = c.default === undefined || c.default === null ? null : String(c.default);
  if (c.isGenerated && c.generationStrategy === 'uuid' && !c.default) defaultSql = ctx.driver.uuidGenerator;
  let sequence: Sequence | null = null;
  if (serial) {
    const name = sequenceName(ctx.tableName, c.name, ctx.takenRelations);
    ctx.takenRelations.add(name);
    sequence = { schema: ctx.schema, name, type: serial, ...resolveSequenceOptions(serial), ownedBy: { table: ctx.tableName, column: c.name } };
    defaultSql = nextvalDefault(ctx.schema, name);
  }
  const column: Column = {
    name: c.name,
    type,
    nullable: c.isNullable === true && !c.isPrimary && !identity && !serial,
    default: identity ? null : defaultSql,
    identity: identity ? identityOf(c, type, ctx) : null,
    generated: c.generatedType === 'STORED' && c.asExpression ? { kind: 'stored', expression: c.asExpression } : null,
    collation: c.collation ?? null,
    comment: typeormComment(c.comment),
  };
  const enumType = enumName ? { schema: ctx.schema, name: enumName, values: (c.enum ?? []).map(String) } : null;
  return { column, sequence, enumType };
}

function identityOf(c: TypeormColumn, type: string, ctx: ColumnContext): Column['identity'] {
  const intType = type === 'smallint' || type === 'bigint' ? type : 'integer';
  const name = sequenceName(ctx.tableName, c.name, ctx.takenRelations);
  ctx.takenRelations.add(name);
  return {
    generation: c.generatedIdentity === 'ALWAYS' ? 'always' : 'byDefault',
    sequenceName: name,
    ...resolveSequenceOptions(intType),
  };
}

/** A comment as TypeORM writes it: NUL characters removed (PostgreSQL rejects them), empty → none. */
export function typeormComment(comment: string | undefined): string | null {
  const text = comment?.replace(/\u0000/g, '');
  return text ? text : null;
}
