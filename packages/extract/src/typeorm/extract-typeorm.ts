import type { SchemaModel } from '@retort/schema';
import { ModelBuilder } from '../model/assemble-model';
import { canonicalizeExpressions } from '../model/canonicalize-expressions';
import type { ExpressionCanonicalizer } from '../model/expression-sites';
import { validateModel } from '../model/validate-model';
import { loadDataSource, type LoadedDataSource } from './load-data-source';
import { mapEntity } from './map-entity';
import type { TypeormRuntime } from './typeorm-runtime';

export interface ExtractTypeormOptions {
  /** A file exporting the DataSource instance (default or named export), relative to `cwd`. */
  dataSourceFile?: string;
  /** Or: entity files (paths or globs, relative to `cwd`). */
  entities?: string | readonly string[];
  cwd: string;
  /** Server-side expression canonicaliser; without it the pure best-effort rules apply. */
  canonicalize?: ExpressionCanonicalizer;
  /** Receives notes about objects that were skipped (views). */
  onNote?: (note: string) => void;
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
  options: Pick<ExtractTypeormOptions, 'canonicalize' | 'onNote'> = {},
): Promise<SchemaModel> {
  const builder = new ModelBuilder();
  const taken = new Map<string, Set<string>>();
  const takenIn = (schema: string) => taken.get(schema) ?? taken.set(schema, new Set()).get(schema)!;
  const tables = ds.entityMetadatas.filter((m) => TABLE_TYPES.has(m.tableType));
  for (const m of tables) takenIn(m.schema ?? ds.options.schema ?? 'public').add(m.tableName);
  for (const m of ds.entityMetadatas) {
    if (m.tableType === 'view') options.onNote?.(`Skipped view entity ${m.name}: retort does not manage views yet.`);
  }
  for (const metadata of tables) {
    const origin = `entity ${metadata.name}`;
    const mapped = mapEntity(metadata, ds, rt, takenIn);
    builder.addTable(mapped.table, origin);
    for (const { sequence, enumType } of mapped.columns) {
      if (sequence) builder.addSequence(sequence, origin);
      if (enumType) builder.addEnum(enumType, origin);
    }
  }
  const model = builder.build();
  validateModel(model);
  await canonicalizeExpressions(model, options.canonicalize);
  return model;
}
