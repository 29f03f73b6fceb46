// Synthetic user projects: N realistic tables as a Drizzle schema module and as TypeORM entity files.
//
// Every table has 13 columns of mixed types (an identity or serial key, varchar(255), text,
// integer with a default, bigint, boolean with a default, numeric(12,2), timestamptz default
// now(), jsonb, uuid default gen_random_uuid(), nullable and not null), one unique and one plain
// index, and a foreign key to an earlier table (the first table has none). With `extraColumn`
// the middle table gains one nullable text column: the everyday "one column added" change.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Projects live inside bench/ (RETORT_BENCH_WORK_DIR must be inside it too) so that the user's `drizzle-orm`/`typeorm` resolve from bench/node_modules. */
export const WORK_DIR = process.env.RETORT_BENCH_WORK_DIR
  ? resolve(process.env.RETORT_BENCH_WORK_DIR)
  : join(BENCH_DIR, '.work');

export const tableName = (i) => `t${String(i).padStart(4, '0')}`;
const className = (i) => `T${String(i).padStart(4, '0')}`;
/** The table that gains a column in scenario S2, and the column. */
export const changedTable = (n) => tableName(Math.floor(n / 2));
export const EXTRA_COLUMN = 'extra_note';
/** The parent of table i (an earlier table, spread so that the graph is not one long chain). */
const parentOf = (i) => (i === 0 ? null : Math.floor((i - 1) / 2));

function drizzleTable(i, extra) {
  const t = tableName(i);
  const parent = parentOf(i);
  const id =
    i % 2 === 0
      ? `integer('id').primaryKey().generatedByDefaultAsIdentity()`
      : `serial('id').primaryKey()`;
  return `export const ${t} = pgTable(
  '${t}',
  {
    id: ${id},
    name: varchar('name', { length: 255 }).notNull(),
    description: text('description'),
    quantity: integer('quantity').notNull().default(0),
    total: bigint('total', { mode: 'number' }),
    active: boolean('active').notNull().default(true),
    price: numeric('price', { precision: 12, scale: 2 }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    data: jsonb('data'),
    externalId: uuid('external_id').notNull().defaultRandom(),
    code: varchar('code', { length: 64 }).notNull(),
    parentId: integer('parent_id')${parent === null ? '' : `.references(() => ${tableName(parent)}.id)`},${extra ? `\n    extraNote: text('${EXTRA_COLUMN}'),` : ''}
  },
  (t) => [uniqueIndex('${t}_code_key').on(t.code), index('${t}_name_idx').on(t.name)],
);
`;
}

export function drizzleSchema(n, { extraColumn = false } = {}) {
  const extra = extraColumn ? Math.floor(n / 2) : -1;
  const head =
    "import { bigint, boolean, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';\n\n";
  return head + Array.from({ length: n }, (_, i) => drizzleTable(i, i === extra)).join('\n');
}

function typeormEntity(i, extra) {
  const t = tableName(i);
  const C = className(i);
  const parent = parentOf(i);
  const key =
    i % 2 === 0
      ? `@PrimaryGeneratedColumn('identity', { generatedIdentity: 'BY DEFAULT', primaryKeyConstraintName: '${t}_pkey' })`
      : `@PrimaryGeneratedColumn('increment', { primaryKeyConstraintName: '${t}_pkey' })`;
  const parentImport =
    parent === null ? '' : `import { ${className(parent)} } from './${tableName(parent)}';\n`;
  const relation =
    parent === null
      ? ''
      : `\n  @ManyToOne(() => ${className(parent)})\n  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: '${t}_parent_id_fkey' })\n  parent!: ${className(parent)} | null;\n`;
  return `import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
${parentImport}
@Entity('${t}')
@Index('${t}_code_key', ['code'], { unique: true })
@Index('${t}_name_idx', ['name'])
export class ${C} {
  ${key}
  id!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'integer', default: 0 })
  quantity!: number;

  @Column({ type: 'bigint', nullable: true })
  total!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  price!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  data!: unknown;

  @Column({ name: 'external_id', type: 'uuid', default: () => 'gen_random_uuid()' })
  externalId!: string;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId!: number | null;
${relation}${extra ? `\n  @Column({ name: '${EXTRA_COLUMN}', type: 'text', nullable: true })\n  extraNote!: string | null;\n` : ''}}
`;
}

/** Writes (or rewrites) the model files of a project; returns the paths written. */
export function writeModel(dir, orm, n, { extraColumn = false } = {}) {
  if (orm === 'drizzle') {
    writeFileSync(join(dir, 'schema.ts'), drizzleSchema(n, { extraColumn }));
    return;
  }
  const entities = join(dir, 'entities');
  mkdirSync(entities, { recursive: true });
  const extra = Math.floor(n / 2);
  // only the changed entity is rewritten when toggling the extra column
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(entities, `${tableName(i)}.ts`),
      typeormEntity(i, extraColumn && i === extra),
    );
}

export function setExtraColumn(dir, orm, n, extraColumn) {
  if (orm === 'drizzle') return writeModel(dir, orm, n, { extraColumn });
  const i = Math.floor(n / 2);
  writeFileSync(join(dir, 'entities', `${tableName(i)}.ts`), typeormEntity(i, extraColumn));
}

/**
 * A retort project folder for one ORM: retort.config.ts, the model, an empty migrations/versions.
 * The database URL comes from RETORT_DATABASE_URL at run time, so one folder serves any database.
 */
export function writeModelProject(name, orm, n) {
  const dir = join(WORK_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'migrations', 'versions'), { recursive: true });
  const schema =
    orm === 'drizzle' ? "{ drizzle: './schema.ts' }" : "{ typeorm: './entities/*.ts' }";
  writeFileSync(
    join(dir, 'retort.config.ts'),
    `export default {\n  url: process.env.RETORT_DATABASE_URL ?? 'pglite://./.retort/db',\n  schema: ${schema},\n  migrations: './migrations',\n};\n`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          strict: true,
          target: 'es2022',
          module: 'commonjs',
        },
      },
      null,
      2,
    ) + '\n',
  );
  writeModel(dir, orm, n);
  return dir;
}
