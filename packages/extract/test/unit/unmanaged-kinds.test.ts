import { join } from 'node:path';
import { loadUserModule } from '@retort/loader';
import { extractDrizzle } from '../../src/drizzle/extract-drizzle';
import { drizzleRuntimeFor } from '../../src/drizzle/drizzle-runtime';
import { typeormRuntimeFor } from '../../src/typeorm/typeorm-runtime';

/**
 * Nothing an ORM declares is dropped silently: each object kind is either modelled or reported.
 * The kind lists below are what retort knows; a new kind in drizzle-orm or TypeORM fails here.
 */
const ERRORS = join(__dirname, '..', 'fixtures', 'errors');
const FIXTURE = join(ERRORS, 'drizzle-unmanaged-kinds.ts');

/** getTableConfig() keys retort maps (columns, keys, checks, indexes, policies, RLS). */
const DRIZZLE_TABLE_CONFIG_KEYS = [
  'checks',
  'columns',
  'enableRLS',
  'foreignKeys',
  'indexes',
  'name',
  'policies',
  'primaryKeys',
  'schema',
  'uniqueConstraints',
];
/** EntityMetadata lists of schema objects retort maps or reports (relations become foreign keys and junctions). */
/** EntityMetadata lists that are not schema objects of their own: columns, relations (mapped through
 * TypeORM's Table/TableForeignKey), embeddeds, inheritance and entity listeners. */
const NOT_SCHEMA_OBJECTS = new Set([
  'afterInsertListeners',
  'afterLoadListeners',
  'afterRecoverListeners',
  'afterRemoveListeners',
  'afterSoftRemoveListeners',
  'afterUpdateListeners',
  'allEmbeddeds',
  'ancestorColumns',
  'beforeInsertListeners',
  'beforeRecoverListeners',
  'beforeRemoveListeners',
  'beforeSoftRemoveListeners',
  'beforeUpdateListeners',
  'childEntityMetadatas',
  'columns',
  'descendantColumns',
  'eagerRelations',
  'embeddeds',
  'generatedColumns',
  'inheritanceTree',
  'inverseColumns',
  'lazyRelations',
  'listeners',
  'manyToManyRelations',
  'manyToOneRelations',
  'nonVirtualColumns',
  'oneToManyRelations',
  'oneToOneRelations',
  'ownColumns',
  'ownListeners',
  'ownRelations',
  'ownerColumns',
  'ownerManyToManyRelations',
  'ownerOneToOneRelations',
  'primaryColumns',
  'relationIds',
  'relations',
  'relationsWithJoinColumns',
]);
const TYPEORM_OBJECT_LISTS = [
  'checks',
  'exclusions',
  'foreignKeys',
  'indices',
  'ownIndices',
  'ownUniques',
  'uniques',
];

describe('every object kind an ORM declares is modelled or reported', () => {
  test("drizzle's getTableConfig returns only the parts retort maps", () => {
    const rt = drizzleRuntimeFor(FIXTURE);
    const { accounts } = loadUserModule(FIXTURE) as { accounts: never };
    expect(Object.keys(rt.pg.getTableConfig(accounts)).sort()).toEqual(DRIZZLE_TABLE_CONFIG_KEYS);
  });

  test("TypeORM's EntityMetadata holds no list of schema objects retort does not know", () => {
    const rt = typeormRuntimeFor(join(ERRORS, 'typeorm-data-source.ts'));
    const metadata = new rt.orm.EntityMetadata({
      connection: { driver: {}, options: {}, namingStrategy: {} } as never,
      args: { target: class X {}, type: 'regular' } as never,
    }) as unknown as Record<string, unknown>;
    const lists = Object.keys(metadata)
      .filter((k) => Array.isArray(metadata[k]) && !NOT_SCHEMA_OBJECTS.has(k))
      .sort();
    expect(lists).toEqual(TYPEORM_OBJECT_LISTS);
  });

  test('unlinked policies and roles left alone are reported; tables, views, materialized views and declared roles modelled', async () => {
    const notes: string[] = [];
    const model = await extractDrizzle({
      files: 'drizzle-unmanaged-kinds.ts',
      cwd: ERRORS,
      onNote: (n) => notes.push(n),
    });
    expect(model.tables.map((t) => t.name)).toEqual(['accounts']);
    expect(model.views.map((v) => [v.name, v.materialized])).toEqual([
      ['account_count', true],
      ['active_accounts', false],
    ]);
    expect(model.roles).toEqual([
      { name: 'auditor', createDb: true, createRole: false, inherit: true },
    ]);
    expect(notes.sort()).toEqual([
      'Skipped policy "loose" (export loose): it is not linked to a table (use .link(table)).',
      'Skipped role "admin" (export admin): it is declared .existing(), so retort leaves it alone.',
    ]);
  });

  test('manageRoles: false leaves every role to the DBA, and says so', async () => {
    const notes: string[] = [];
    const model = await extractDrizzle({
      files: 'drizzle-unmanaged-kinds.ts',
      cwd: ERRORS,
      manageRoles: false,
      onNote: (n) => notes.push(n),
    });
    expect(model.roles).toEqual([]);
    expect(notes).toContain(
      'Skipped role "auditor" (export auditor): roles are left to the DBA (manageRoles: false in the retort config).',
    );
  });
});
