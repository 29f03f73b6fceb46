import { RetortError } from '@retort/errors';
import type { Enum, Extension, QualifiedName, SchemaModel } from '@retort/schema';
import { ModelBuilder } from '../model/assemble-model';
import { canonicalizeExpressions } from '../model/canonicalize-expressions';
import type { ExpressionCanonicalizer } from '../model/expression-sites';
import { validateModel } from '../model/validate-model';
import { loadDataSource, type LoadedDataSource } from './load-data-source';
import { mapViewEntity, type ViewMetadataLike } from './map-view';
import { mapEntity, type EntityMetadataLike } from './map-entity';
import type { TypeormRuntime } from './typeorm-runtime';
import { typeormExtensions, type ExtensionsDataSource } from './typeorm-extensions';

export interface ExtractTypeormOptions {
  /** A file exporting the DataSource instance (default or named export), relative to `cwd`. */
  dataSourceFile?: string;
  /** Or: entity files (paths or globs, relative to `cwd`). */
  entities?: string | readonly string[];
  cwd: string;
  /** Extensions declared in the config, besides those synchronize would install. */
  extensions?: readonly Extension[];
  /** Server-side expression canonicaliser; without it the pure best-effort rules apply. */
  canonicalize?: ExpressionCanonicalizer;
  /** Receives notes about objects that were skipped (`synchronize: false`). */
  onNote?: (note: string) => void;
  /**
   * Receives the tables the ORM owns but retort must leave alone: `synchronize: false` entities
   * and join tables, TypeORM's migrations and metadata tables. Never created, altered or dropped.
   */
  onUnmanaged?: (table: QualifiedName) => void;
}

const TABLE_TYPES = new Set(['regular', 'junction', 'closure', 'closure-junction']);

/** Builds the DataSource's entity metadata without connecting and describes the tables TypeORM would create. */
export async function extractTypeorm(options: ExtractTypeormOptions): Promise<SchemaModel> {
  const entities = typeof options.entities === 'string' ? [options.entities] : options.entities;
  const { ds, rt } = await loadDataSource({ dataSourceFile: options.dataSourceFile, entities, cwd: options.cwd });
  return modelFromDataSource(ds, rt, options);
}

/** The model of a DataSource whose metadata is built (`buildMetadatas()` or `initialize()`). */
export async function modelFromDataSource(
  ds: LoadedDataSource,
  rt: TypeormRuntime,
  options: Pick<ExtractTypeormOptions, 'canonicalize' | 'onNote' | 'onUnmanaged' | 'extensions'> = {},
): Promise<SchemaModel> {
  const builder = new ModelBuilder();
  builder.addExtensions(options.extensions ?? []);
  builder.addExtensions(await typeormExtensions(ds as unknown as ExtensionsDataSource));
  const taken = new Map<string, Set<string>>();
  const takenIn = (schema: string) => taken.get(schema) ?? taken.set(schema, new Set()).get(schema)!;
  const schemaOf = (m: { schema?: string }) => m.schema ?? ds.options.schema ?? 'public';
  const all = ds.entityMetadatas.filter((m) => TABLE_TYPES.has(m.tableType));
  const tables = all.filter((m) => m.synchronize !== false);
  const unmanaged = [...bookkeepingTables(ds, all), ...all.filter((m) => m.synchronize === false).map((m) => ({ schema: schemaOf(m), name: m.tableName }))];
  for (const m of all) takenIn(schemaOf(m)).add(m.tableName);
  for (const m of ds.entityMetadatas) {
    if (m.tableType === 'view' && m.synchronize === false) {
      options.onNote?.(`Skipped view entity ${m.name} (view ${schemaOf(m)}.${m.tableName}): synchronize: false, so retort leaves it unmanaged.`);
      options.onUnmanaged?.({ schema: schemaOf(m), name: m.tableName });
    } else if (m.tableType === 'view') builder.addView(mapViewEntity(m as unknown as ViewMetadataLike, ds, schemaOf(m)), `view entity ${m.name}`);
    else if (m.synchronize === false && TABLE_TYPES.has(m.tableType)) {
      options.onNote?.(`Skipped ${m.tableType === 'junction' ? 'join table' : 'entity'} ${m.name} (table ${schemaOf(m)}.${m.tableName}): synchronize: false, so retort leaves it unmanaged.`);
    }
  }
  for (const t of unmanaged) options.onUnmanaged?.(t);
  const valueless: { enumType: Enum; origin: string }[] = [];
  for (const metadata of tables) {
    const origin = `entity ${metadata.name}`;
    const mapped = mapEntity(metadata, ds, rt, takenIn);
    builder.addTable(mapped.table, origin);
    for (const { sequence, enumType } of mapped.columns) {
      if (sequence) builder.addSequence(sequence, origin);
      // `enumName` without values: the type whose values another column gives
      if (enumType?.values.length === 0) valueless.push({ enumType, origin });
      else if (enumType) builder.addEnum(enumType, origin);
    }
  }
  for (const { enumType, origin } of valueless) {
    if (!builder.hasEnum(enumType.schema, enumType.name)) throw enumWithoutValues(enumType, origin);
  }
  const model = builder.build();
  validateModel(model, unmanaged);
  await canonicalizeExpressions(model, options.canonicalize);
  return model;
}

/** TypeORM's own tables, in the DataSource's schema: its migrations table and `typeorm_metadata`. */
function bookkeepingTables(ds: LoadedDataSource, entities: readonly EntityMetadataLike[]): QualifiedName[] {
  const schema = ds.options.schema ?? 'public';
  const names = [ds.options.migrationsTableName ?? 'migrations', ds.options.metadataTableName ?? 'typeorm_metadata'];
  // an entity of that name is the user's table, not TypeORM's
  return names.filter((name) => !entities.some((m) => m.tableName === name && (m.schema ?? schema) === schema)).map((name) => ({ schema, name }));
}

function enumWithoutValues(e: Enum, origin: string): RetortError {
  return new RetortError('ENUM_WITHOUT_VALUES', `Enum ${e.schema}.${e.name} (used by ${origin}) has no values: no column with enumName "${e.name}" lists them.`, {
    hint: `Give the values (enum: [...]) on one of the columns that use enumName "${e.name}".`,
  });
}
