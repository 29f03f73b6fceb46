import { RetortError } from '@retort/errors';
import { userRequire } from '@retort/loader';

type TypeOrm = typeof import('typeorm');

export interface TypeormRuntime {
  orm: TypeOrm;
  /** typeorm/schema-builder/table/Table: what the schema builder creates from an EntityMetadata. */
  Table: { create(metadata: unknown, driver: unknown): TypeormTable };
  TableForeignKey: { create(metadata: unknown, driver: unknown): TypeormForeignKey };
}

/** The subset of typeorm's TableColumn the mapping reads. */
export interface TypeormColumn {
  name: string;
  type: string;
  isNullable: boolean;
  isPrimary: boolean;
  isUnique: boolean;
  isArray: boolean;
  isGenerated: boolean;
  generationStrategy?: 'increment' | 'uuid' | 'rowid' | 'identity';
  generatedIdentity?: 'ALWAYS' | 'BY DEFAULT';
  default?: unknown;
  asExpression?: string;
  generatedType?: 'VIRTUAL' | 'STORED';
  collation?: string;
  comment?: string;
  enum?: string[];
  enumName?: string;
  primaryKeyConstraintName?: string;
}

export interface TypeormTable {
  name: string;
  schema?: string;
  comment?: string;
  columns: TypeormColumn[];
  indices: { name?: string; columnNames: string[]; isUnique: boolean; isSpatial: boolean; type?: string; where?: string }[];
  uniques: { name?: string; columnNames: string[]; deferrable?: string }[];
  checks: { name?: string; expression?: string }[];
  exclusions: { name?: string; expression?: string; deferrable?: string }[];
}

export interface TypeormForeignKey {
  name?: string;
  columnNames: string[];
  referencedColumnNames: string[];
  onDelete?: string;
  onUpdate?: string;
  deferrable?: string;
}

const cache = new Map<string, TypeormRuntime>();

/** The user's own typeorm (entities register their decorators in that copy's metadata storage). */
export function typeormRuntimeFor(file: string): TypeormRuntime {
  const req = userRequire(file);
  let key: string;
  try {
    key = req.resolve('typeorm');
  } catch (cause) {
    throw new RetortError('TYPEORM_NOT_FOUND', `typeorm cannot be resolved from ${file}.`, {
      hint: 'Install typeorm in the project that holds your entities (retort uses your copy).',
      cause,
    });
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const runtime: TypeormRuntime = {
    orm: req('typeorm') as TypeOrm,
    Table: (req('typeorm/schema-builder/table/Table.js') as { Table: TypeormRuntime['Table'] }).Table,
    TableForeignKey: (req('typeorm/schema-builder/table/TableForeignKey.js') as { TableForeignKey: TypeormRuntime['TableForeignKey'] }).TableForeignKey,
  };
  cache.set(key, runtime);
  return runtime;
}
