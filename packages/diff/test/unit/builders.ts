import {
  emptyModel,
  expandSerial,
  resolveSequenceOptions,
  type Column,
  type Enum,
  type ForeignKey,
  type Index,
  type SchemaModel,
  type Sequence,
  type Table,
} from '@retort/schema';

/** Small builders for SchemaModel fixtures: every field filled, overrides last. */
export function col(name: string, type: string, extra: Partial<Column> = {}): Column {
  return {
    name,
    type,
    nullable: true,
    default: null,
    identity: null,
    generated: null,
    collation: null,
    comment: null,
    ...extra,
  };
}

export function table(name: string, columns: Column[], extra: Partial<Table> = {}): Table {
  return {
    schema: 'public',
    name,
    comment: null,
    columns,
    primaryKey: null,
    foreignKeys: [],
    uniques: [],
    checks: [],
    indexes: [],
    exclusions: [],
    rowLevelSecurity: false,
    policies: [],
    ...extra,
  };
}

export function idTable(name: string, columns: Column[] = [], extra: Partial<Table> = {}): Table {
  return table(name, [col('id', 'integer', { nullable: false }), ...columns], {
    primaryKey: { name: `${name}_pkey`, columns: ['id'] },
    ...extra,
  });
}

export function fk(
  name: string,
  columns: string[],
  referencedTable: string,
  referencedColumns: string[],
  extra: Partial<ForeignKey> = {},
): ForeignKey {
  return {
    name,
    columns,
    referencedSchema: 'public',
    referencedTable,
    referencedColumns,
    onDelete: 'no action',
    onUpdate: 'no action',
    match: 'simple',
    deferrable: false,
    initiallyDeferred: false,
    ...extra,
  };
}

export function index(name: string, columns: string[], extra: Partial<Index> = {}): Index {
  return {
    name,
    unique: false,
    method: 'btree',
    keys: columns.map((column) => ({
      column,
      expression: null,
      opclass: null,
      collation: null,
      order: 'asc',
      nulls: 'last',
    })),
    include: [],
    where: null,
    nullsNotDistinct: false,
    with: [],
    ...extra,
  };
}

export function enumType(name: string, values: string[], schema = 'public'): Enum {
  return { schema, name, values };
}

export function sequence(name: string, extra: Partial<Sequence> = {}): Sequence {
  return {
    schema: 'public',
    name,
    type: 'bigint',
    ...resolveSequenceOptions('bigint'),
    ownedBy: null,
    ...extra,
  };
}

/** An integer column with its owned sequence, as a serial column is introspected. */
export function serial(
  tableName: string,
  column: string,
  schema = 'public',
): { column: Column; sequence: Sequence } {
  const expanded = expandSerial(schema, tableName, column, 'integer');
  return { column: col(column, 'integer', expanded.column), sequence: expanded.sequence };
}

export function model(parts: Partial<SchemaModel> = {}): SchemaModel {
  return { ...emptyModel(), schemas: ['public'], ...parts };
}
