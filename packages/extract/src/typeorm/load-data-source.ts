import { relative } from 'node:path';
import { RetortError } from '@retort/errors';
import { resolveFiles } from '../files/resolve-files';
import { loadUserModule } from '@retort/loader';
import { userRequire } from '@retort/loader';
import { typeormRuntimeFor, type TypeormRuntime } from './typeorm-runtime';

/** The parts of a TypeORM DataSource that extraction reads (its metadata needs no connection). */
export interface LoadedDataSource {
  options: { type: string; schema?: string; migrationsTableName?: string; metadataTableName?: string };
  driver: {
    normalizeType(column: unknown): string;
    createFullType(column: unknown): string;
    uuidGenerator: string;
  };
  namingStrategy: {
    primaryKeyName(table: unknown, columns: string[]): string;
    uniqueConstraintName(table: unknown, columns: string[]): string;
    checkConstraintName(table: unknown, expression: string): string;
    exclusionConstraintName(table: unknown, expression: string): string;
  };
  entityMetadatas: import('./map-entity').EntityMetadataLike[];
}

export interface DataSourceInput {
  dataSourceFile?: string;
  entities?: readonly string[];
  cwd: string;
}

/** Loads the user's DataSource (or builds one around an entities glob) and builds its metadata offline. */
export async function loadDataSource(input: DataSourceInput): Promise<{ ds: LoadedDataSource; rt: TypeormRuntime }> {
  const { ds, rt, where } = input.dataSourceFile ? fromFile(input.dataSourceFile, input.cwd) : fromEntities(input);
  const type = (ds as unknown as LoadedDataSource).options.type;
  if (type !== 'postgres') {
    throw new RetortError('UNSUPPORTED_DATABASE', `The DataSource in ${where} is for "${type}"; retort supports PostgreSQL ("postgres") only.`, {
      hint: "Point schema.typeorm at a DataSource with type: 'postgres' (or at your entity files with a glob).",
    });
  }
  const built = ds as { isInitialized?: boolean; entityMetadatas: unknown[]; buildMetadatas(): Promise<void> };
  if (!built.isInitialized) {
    try {
      await built.buildMetadatas();
    } catch (cause) {
      throw new RetortError('TYPEORM_METADATA_FAILED', `TypeORM could not build the entity metadata of ${where}: ${(cause as Error)?.message ?? cause}`, {
        hint: 'Every entity used in a relation must be listed in the DataSource entities (or matched by the entities glob).',
        cause,
      });
    }
  }
  return { ds: ds as unknown as LoadedDataSource, rt };
}

function fromFile(file: string, cwd: string): { ds: unknown; rt: TypeormRuntime; where: string } {
  const [path] = resolveFiles([file], cwd, 'TypeORM data source');
  const exports = loadUserModule(path!) as Record<string, unknown>;
  const rt = typeormRuntimeFor(path!);
  const where = relative(cwd, path!);
  const candidates = Object.values(exports ?? {}).filter((v) => rt.orm.InstanceChecker.isDataSource(v));
  if (candidates.length === 0) {
    throw new RetortError('NO_DATA_SOURCE', `${where} exports no TypeORM DataSource (its exports: ${Object.keys(exports ?? {}).join(', ') || 'none'}).`, {
      hint: 'Export the instance, e.g. `export const AppDataSource = new DataSource({ type: "postgres", entities: [...] })`.',
    });
  }
  if (new Set(candidates).size > 1) {
    throw new RetortError('AMBIGUOUS_DATA_SOURCE', `${where} exports ${candidates.length} DataSources; retort needs exactly one.`, {
      hint: 'Point the typeorm setting at a file that exports a single DataSource.',
    });
  }
  return { ds: candidates[0], rt, where };
}

function fromEntities(input: DataSourceInput): { ds: unknown; rt: TypeormRuntime; where: string } {
  const files = resolveFiles(input.entities ?? [], input.cwd, 'TypeORM entities');
  const rt = typeormRuntimeFor(files[0]!);
  const entities: unknown[] = [];
  for (const file of files) {
    const exports = loadUserModule(file) as Record<string, unknown>;
    for (const value of Object.values(exports ?? {})) {
      if (typeof value === 'function' || rt.orm.InstanceChecker.isEntitySchema(value)) entities.push(value);
    }
  }
  const ds = new rt.orm.DataSource({ type: 'postgres', entities: entities as never[], ...pgDriverOption(files[0]!) });
  return { ds, rt, where: (input.entities ?? []).join(', ') };
}

/** Metadata needs no connection, so a missing `pg` package should not stop extraction. */
function pgDriverOption(file: string): { driver?: object } {
  try {
    userRequire(file).resolve('pg');
    return {};
  } catch {
    return { driver: {} };
  }
}
