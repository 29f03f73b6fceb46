import type { CheckConstraint, ExclusionConstraint, ForeignKey, ForeignKeyAction, Table, UniqueConstraint } from '@retort/schema';
import { truncateIdentifier } from '@retort/schema';
import type { LoadedDataSource } from './load-data-source';
import { mapColumn, typeormComment, type MappedColumn } from './map-columns';
import type { TypeormRuntime, TypeormTable } from './typeorm-runtime';
import { mapIndex } from './map-index';

/** The EntityMetadata fields the mapping reads. */
export interface EntityMetadataLike {
  name: string;
  tableType: string;
  tableName: string;
  schema?: string;
  /** false: `@Entity({ synchronize: false })` / `@JoinTable({ synchronize: false })`. */
  synchronize?: boolean;
  foreignKeys: {
    name?: string;
    referencedEntityMetadata: { tableName: string; schema?: string };
    onDelete?: string;
    onUpdate?: string;
    deferrable?: string;
  }[];
}

export interface MappedEntity {
  table: Table;
  columns: MappedColumn[];
}

/**
 * One entity (or junction) → model Table, built from the same `Table.create(metadata, driver)`
 * and naming strategy TypeORM's schema builder uses, so names are the ones TypeORM creates.
 */
export function mapEntity(
  metadata: EntityMetadataLike,
  ds: LoadedDataSource,
  rt: TypeormRuntime,
  takenRelations: (schema: string) => Set<string>,
): MappedEntity {
  const t = rt.Table.create(metadata, ds.driver) as TypeormTable;
  const schema = metadata.schema ?? ds.options.schema ?? 'public';
  const tableName = metadata.tableName;
  const ctx = {
    schema,
    table: t,
    tableName,
    driver: ds.driver,
    takenRelations: takenRelations(schema),
  };
  const columns = t.columns.map((c) => mapColumn(c, ctx));
  const primary = t.columns.filter((c) => c.isPrimary);
  const ns = ds.namingStrategy;
  return {
    columns,
    table: {
      schema,
      name: tableName,
      comment: typeormComment(t.comment),
      columns: columns.map((m) => m.column),
      primaryKey:
        primary.length === 0
          ? null
          : {
              name: truncateIdentifier(
                primary[0]!.primaryKeyConstraintName ??
                  ns.primaryKeyName(
                    t,
                    primary.map((c) => c.name),
                  ),
              ),
              columns: primary.map((c) => c.name),
            },
      foreignKeys: foreignKeys(metadata, ds, rt),
      uniques: uniques(t, ns),
      checks: t.checks.map((c): CheckConstraint => ({
        name: truncateIdentifier(c.name ?? ns.checkConstraintName(t, c.expression ?? '')),
        expression: c.expression ?? '',
      })),
      indexes: t.indices.map((i) => mapIndex(i, i.columnNames)),
      exclusions: t.exclusions.map((x): ExclusionConstraint => ({
        name: truncateIdentifier(x.name ?? ns.exclusionConstraintName(t, x.expression ?? '')),
        expression: (x.expression ?? '').trim(),
        deferrable: x.deferrable !== undefined,
        initiallyDeferred: x.deferrable === 'INITIALLY DEFERRED',
      })),
      rowLevelSecurity: false,
      policies: [],
    },
  };
}

function uniques(t: TypeormTable, ns: LoadedDataSource['namingStrategy']): UniqueConstraint[] {
  const list = t.uniques.map((u) => ({ ...u, columnNames: [...u.columnNames] }));
  for (const c of t.columns) {
    if (
      c.isUnique &&
      !list.some((u) => u.columnNames.length === 1 && u.columnNames[0] === c.name)
    ) {
      list.push({
        name: ns.uniqueConstraintName(t, [c.name]),
        columnNames: [c.name],
        deferrable: undefined,
      });
    }
  }
  return list.map((u) => ({
    name: truncateIdentifier(u.name ?? ns.uniqueConstraintName(t, u.columnNames)),
    columns: u.columnNames,
    nullsNotDistinct: false,
    deferrable: u.deferrable !== undefined,
    initiallyDeferred: u.deferrable === 'INITIALLY DEFERRED',
  }));
}

function foreignKeys(
  metadata: EntityMetadataLike,
  ds: LoadedDataSource,
  rt: TypeormRuntime,
): ForeignKey[] {
  return metadata.foreignKeys.map((fk) => {
    const table = rt.TableForeignKey.create(fk, ds.driver);
    const target = fk.referencedEntityMetadata;
    return {
      name: truncateIdentifier(table.name ?? ''),
      columns: table.columnNames,
      referencedSchema: target.schema ?? ds.options.schema ?? 'public',
      referencedTable: target.tableName,
      referencedColumns: table.referencedColumnNames,
      onDelete: action(table.onDelete),
      onUpdate: action(table.onUpdate),
      match: 'simple',
      deferrable: table.deferrable !== undefined,
      initiallyDeferred: table.deferrable === 'INITIALLY DEFERRED',
    };
  });
}

function action(value: string | undefined): ForeignKeyAction {
  return (value ?? 'NO ACTION').toLowerCase() as ForeignKeyAction;
}
