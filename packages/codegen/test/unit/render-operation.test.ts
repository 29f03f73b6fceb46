import type { Operation, OperationKind, OperationOf } from '@retort/ops';
import { renderOperation } from '@retort/codegen';
import { sampleOperations } from '../../../ops/test/unit/sample-operations';
import { objectKindCases } from './render-object-kinds';
import { renameKindCases } from './render-rename-kinds';
import { viewKindCases } from './render-view-kinds';

/** Exact renderings, Alembic's test_autogen_render style: at least one case per kind. */
const cases: { [K in OperationKind]: [OperationOf<K>, string][] } = {
  createTable: [
    [
      sampleOperations.createTable,
      "await op.createTable('order', { schema: 'shop', columns: [{ name: 'id', type: 'bigint', nullable: false, identity: { always: true } }, { name: 'note', type: 'text', comment: 'it\\'s' }], primaryKey: { name: 'order_pkey', columns: ['id'] }, comment: 'orders' });",
    ],
    [
      {
        kind: 'createTable',
        name: 'posts',
        comment: 'blog posts',
        checks: [{ expression: 'length(title) > 0' }],
        uniques: [{ columns: ['slug'], deferrable: true }],
        foreignKeys: [
          {
            columns: ['user_id'],
            referencedTable: 'users',
            referencedColumns: ['id'],
            onUpdate: 'no action',
          },
        ],
        primaryKey: { columns: ['id'] },
        columns: [
          {
            primaryKey: false,
            nullable: true,
            type: 'integer',
            name: 'id',
            identity: { start: 1, always: false },
          },
          { name: 'title', type: 'text', collation: 'C', generated: undefined },
        ],
      },
      "await op.createTable('posts', { columns: [{ name: 'id', type: 'integer', identity: { always: false, start: 1 } }, { name: 'title', type: 'text', collation: 'C' }], primaryKey: { columns: ['id'] }, foreignKeys: [{ columns: ['user_id'], referencedTable: 'users', referencedColumns: ['id'] }], uniques: [{ columns: ['slug'], deferrable: true }], checks: [{ expression: 'length(title) > 0' }], comment: 'blog posts' });",
    ],
  ],
  dropTable: [
    [sampleOperations.dropTable, "await op.dropTable('order', { schema: 'shop' });"],
    [{ kind: 'dropTable', name: 'users' }, "await op.dropTable('users');"],
  ],
  renameTable: [
    [sampleOperations.renameTable, "await op.renameTable('order', 'orders', { schema: 'shop' });"],
  ],
  addColumn: [
    [
      sampleOperations.addColumn,
      "await op.addColumn('users', { name: 'age', type: 'integer', default: '0' });",
    ],
    [
      {
        kind: 'addColumn',
        table: 'users',
        schema: 'app',
        column: { name: 'age', type: 'integer' },
      },
      "await op.addColumn('users', { name: 'age', type: 'integer' }, { schema: 'app' });",
    ],
  ],
  dropColumn: [[sampleOperations.dropColumn, "await op.dropColumn('users', 'age');"]],
  alterColumn: [
    [
      sampleOperations.alterColumn,
      "await op.alterColumn('users', 'age', { type: 'bigint', nullable: false, default: null, newName: 'years', existingType: 'integer', existingNullable: true, existingDefault: '0' });",
    ],
    [
      {
        kind: 'alterColumn',
        table: 'users',
        column: 'age',
        existingType: 'integer',
        using: '"age"::bigint',
        type: 'bigint',
      },
      "await op.alterColumn('users', 'age', { type: 'bigint', using: '\"age\"::bigint', existingType: 'integer' });",
    ],
    [
      {
        kind: 'alterColumn',
        table: 't',
        column: 'c',
        nullable: true,
        identity: null,
        existingIdentity: { always: true, cycle: false },
      },
      "await op.alterColumn('t', 'c', { nullable: true, identity: null, existingIdentity: { always: true, cycle: false } });",
    ],
    [{ kind: 'alterColumn', table: 't', column: 'c' }, "await op.alterColumn('t', 'c', {});"],
  ],
  createIndex: [
    [
      sampleOperations.createIndex,
      "await op.createIndex('ix_users_email', 'users', [{ column: 'email', order: 'desc' }], { schema: 'app', unique: true, where: 'deleted_at IS NULL', concurrently: true });",
    ],
    [
      {
        kind: 'createIndex',
        name: 'ix_docs',
        table: 'docs',
        columns: [
          { column: 'tenant', order: 'asc' },
          { expression: 'lower(title)', opclass: 'text_pattern_ops', nulls: 'first' },
        ],
        method: 'gin',
        include: ['id'],
      },
      "await op.createIndex('ix_docs', 'docs', ['tenant', { expression: 'lower(title)', nulls: 'first', opclass: 'text_pattern_ops' }], { method: 'gin', include: ['id'] });",
    ],
  ],
  dropIndex: [
    [sampleOperations.dropIndex, "await op.dropIndex('ix_users_email', { table: 'users' });"],
    [
      { kind: 'dropIndex', name: 'ix', concurrently: true, ifExists: true },
      "await op.dropIndex('ix', { concurrently: true, ifExists: true });",
    ],
  ],
  createPrimaryKey: [
    [
      sampleOperations.createPrimaryKey,
      "await op.createPrimaryKey('users_pkey', 'users', ['id']);",
    ],
  ],
  createForeignKey: [
    [
      sampleOperations.createForeignKey,
      "await op.createForeignKey('posts_user_fk', 'posts', 'users', ['user_id'], ['id'], { onDelete: 'cascade', notValid: true });",
    ],
    [
      {
        kind: 'createForeignKey',
        name: 'fk',
        table: 'a',
        schema: 's',
        columns: ['x', 'y'],
        referencedSchema: 'r',
        referencedTable: 'b',
        referencedColumns: ['x', 'y'],
        match: 'full',
        deferrable: true,
        initiallyDeferred: true,
      },
      "await op.createForeignKey('fk', 'a', 'b', ['x', 'y'], ['x', 'y'], { schema: 's', referencedSchema: 'r', match: 'full', deferrable: true, initiallyDeferred: true });",
    ],
  ],
  createUniqueConstraint: [
    [
      sampleOperations.createUniqueConstraint,
      "await op.createUniqueConstraint('users_email_key', 'users', ['email'], { nullsNotDistinct: true });",
    ],
    [
      {
        kind: 'createUniqueConstraint',
        name: 'u',
        table: 'users',
        columns: ['email'],
        usingIndex: 'u_idx',
      },
      "await op.createUniqueConstraint('u', 'users', ['email'], { usingIndex: 'u_idx' });",
    ],
  ],
  createCheckConstraint: [
    [
      sampleOperations.createCheckConstraint,
      "await op.createCheckConstraint('age_positive', 'users', 'age > 0');",
    ],
    [
      {
        kind: 'createCheckConstraint',
        name: 'c',
        table: 't',
        expression: "status <> 'x'",
        notValid: true,
      },
      "await op.createCheckConstraint('c', 't', 'status <> \\'x\\'', { notValid: true });",
    ],
  ],
  dropConstraint: [
    [sampleOperations.dropConstraint, "await op.dropConstraint('age_positive', 'users');"],
    [
      { kind: 'dropConstraint', name: 'c', table: 't', ifExists: true },
      "await op.dropConstraint('c', 't', { ifExists: true });",
    ],
  ],
  validateConstraint: [
    [sampleOperations.validateConstraint, "await op.validateConstraint('posts_user_fk', 'posts');"],
  ],
  createEnum: [
    [sampleOperations.createEnum, "await op.createEnum('mood', ['sad', 'ok'], { schema: 'app' });"],
  ],
  dropEnum: [[sampleOperations.dropEnum, "await op.dropEnum('mood');"]],
  addEnumValue: [
    [
      sampleOperations.addEnumValue,
      "await op.addEnumValue('mood', 'happy', { after: 'ok', ifNotExists: true });",
    ],
  ],
  renameEnumValue: [
    [sampleOperations.renameEnumValue, "await op.renameEnumValue('mood', 'ok', 'fine');"],
  ],
  createSequence: [
    [
      sampleOperations.createSequence,
      "await op.createSequence('seq', { start: 10, increment: 2, ifNotExists: true });",
    ],
    [
      {
        kind: 'createSequence',
        name: 'big',
        ownedBy: { column: 'id', table: 't' },
        maxValue: null,
        start: '9007199254740993',
        as: 'bigint',
      },
      "await op.createSequence('big', { as: 'bigint', start: '9007199254740993', maxValue: null, ownedBy: { table: 't', column: 'id' } });",
    ],
  ],
  alterSequence: [
    [
      sampleOperations.alterSequence,
      "await op.alterSequence('seq', { increment: 5 }, { existing: { increment: 2 } });",
    ],
    [
      { kind: 'alterSequence', name: 's', changes: { cycle: false, ownedBy: null } },
      "await op.alterSequence('s', { cycle: false, ownedBy: null });",
    ],
  ],
  dropSequence: [[sampleOperations.dropSequence, "await op.dropSequence('seq');"]],
  createSchema: [
    [sampleOperations.createSchema, "await op.createSchema('app', { ifNotExists: true });"],
  ],
  dropSchema: [
    [sampleOperations.dropSchema, "await op.dropSchema('app');"],
    [
      { kind: 'dropSchema', name: 'app', cascade: true },
      "await op.dropSchema('app', { cascade: true });",
    ],
  ],
  createExtension: [
    [
      sampleOperations.createExtension,
      "await op.createExtension('uuid-ossp', { schema: 'ext', ifNotExists: true });",
    ],
    [{ kind: 'createExtension', name: 'citext' }, "await op.createExtension('citext');"],
  ],
  dropExtension: [
    [sampleOperations.dropExtension, "await op.dropExtension('citext');"],
    [
      { kind: 'dropExtension', name: 'citext', schema: 'ext', ifExists: true },
      "await op.dropExtension('citext', { schema: 'ext', ifExists: true });",
    ],
  ],
  setTableComment: [
    [
      sampleOperations.setTableComment,
      "await op.setTableComment('users', 'people', { existingComment: null });",
    ],
  ],
  setColumnComment: [
    [
      sampleOperations.setColumnComment,
      "await op.setColumnComment('users', 'age', null, { existingComment: 'in years' });",
    ],
  ],
  execute: [
    [sampleOperations.execute, "await op.execute('UPDATE users SET age = $1', [1]);"],
    [{ kind: 'execute', sql: 'SELECT 1', params: [] }, "await op.execute('SELECT 1');"],
  ],
  bulkInsert: [
    [sampleOperations.bulkInsert, "await op.bulkInsert('users', [{ id: 1 }]);"],
    [
      {
        kind: 'bulkInsert',
        table: 'events',
        schema: 'app',
        rows: [{ at: new Date('2026-01-02T03:04:05.000Z'), big: 10n, data: { tags: ['a'] } }, {}],
      },
      "await op.bulkInsert('events', [{ at: new Date('2026-01-02T03:04:05.000Z'), big: 10n, data: { tags: ['a'] } }, {}], { schema: 'app' });",
    ],
  ],
  setLockTimeout: [[sampleOperations.setLockTimeout, "await op.setLockTimeout('5s');"]],
  ...objectKindCases,
  ...renameKindCases,
  ...viewKindCases,
};

const flat = (Object.values(cases).flat() as [Operation, string][]).map(
  ([op, expected]) => [op.kind, op, expected] as const,
);

describe('renderOperation', () => {
  it('has exact cases for every kind', () => {
    expect(Object.keys(cases).sort()).toStrictEqual(Object.keys(sampleOperations).sort());
  });

  it.each(flat)('%s (case %#)', (_kind, op, expected) => {
    expect(renderOperation(op)).toBe(expected);
  });

  it('orders keys by declaration, whatever order the object was built in', () => {
    const built = {
      existingType: 'integer',
      type: 'bigint',
      column: 'age',
      table: 'users',
      kind: 'alterColumn',
    } as const;
    expect(renderOperation(built)).toBe(
      "await op.alterColumn('users', 'age', { type: 'bigint', existingType: 'integer' });",
    );
  });

  it('writes dropped definitions only when asked', () => {
    expect(renderOperation(sampleOperations.dropTable, { keepDropDefinitions: true })).toBe(
      "await op.dropTable('order', { schema: 'shop', definition: { columns: [{ name: 'id', type: 'integer', nullable: false }] } });",
    );
    expect(renderOperation(sampleOperations.dropIndex, { keepDropDefinitions: true })).toBe(
      "await op.dropIndex('ix_users_email', { table: 'users', definition: { columns: [{ column: 'email' }] } });",
    );
    expect(renderOperation(sampleOperations.dropConstraint, { keepDropDefinitions: true })).toBe(
      "await op.dropConstraint('age_positive', 'users', { definition: { type: 'check', expression: 'age > 0' } });",
    );
    expect(renderOperation(sampleOperations.dropSequence, { keepDropDefinitions: true })).toBe(
      "await op.dropSequence('seq', { definition: { as: 'bigint', cycle: true } });",
    );
  });

  it('leaves out every field equal to its default', () => {
    const op: Operation = {
      kind: 'createIndex',
      name: 'ix',
      table: 't',
      columns: [{ column: 'a', order: 'asc' }],
      unique: false,
      nullsNotDistinct: false,
      method: 'btree',
      include: [],
      concurrently: false,
      ifNotExists: false,
    };
    expect(renderOperation(op)).toBe("await op.createIndex('ix', 't', ['a']);");
    expect(
      renderOperation({
        kind: 'createForeignKey',
        name: 'fk',
        table: 'a',
        columns: ['x'],
        referencedTable: 'b',
        referencedColumns: ['x'],
        onDelete: 'no action',
        onUpdate: 'no action',
        match: 'simple',
        deferrable: false,
        initiallyDeferred: false,
        notValid: false,
      }),
    ).toBe("await op.createForeignKey('fk', 'a', 'b', ['x'], ['x']);");
  });
});

describe('renderOperation with awkward names', () => {
  it.each<[Operation, string]>([
    [
      { kind: 'dropTable', name: 'order', schema: 'select' },
      "await op.dropTable('order', { schema: 'select' });",
    ],
    [
      { kind: 'renameTable', table: 'weird; name', newName: 'x"); drop table y; --' },
      "await op.renameTable('weird; name', 'x\"); drop table y; --');",
    ],
    [
      { kind: 'dropColumn', table: "it's", column: 'back\\slash' },
      "await op.dropColumn('it\\'s', 'back\\\\slash');",
    ],
    [
      { kind: 'createEnum', name: 'humeur', values: ['café', '🐘', 'line\nbreak', "l'été"] },
      "await op.createEnum('humeur', ['café', '🐘', 'line\\nbreak', 'l\\'été']);",
    ],
    [
      { kind: 'execute', sql: 'SELECT \'\\\' AS "x"\n-- done\u2028' },
      "await op.execute('SELECT \\'\\\\\\' AS \"x\"\\n-- done\\u2028');",
    ],
    [
      {
        kind: 'bulkInsert',
        table: 'kv',
        rows: [
          JSON.parse(
            '{"order": 1, "weird; key": 2, "café": 3, "1st": 4, "__proto__": 5}',
          ) as Record<string, unknown>,
        ],
      },
      "await op.bulkInsert('kv', [{ order: 1, 'weird; key': 2, café: 3, '1st': 4, ['__proto__']: 5 }]);",
    ],
  ])('%#: %j', (op, expected) => {
    expect(renderOperation(op)).toBe(expected);
  });
});
