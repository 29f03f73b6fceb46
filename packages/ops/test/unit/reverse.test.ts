import { IrreversibleOperationError, reverseOp, reverseOps, type Operation } from '@retort/ops';
import { RetortError } from '@retort/errors';
import { allSamples, irreversibleKinds, sampleOperations as s } from './sample-operations';

describe('reverseOp', () => {
  it.each<[string, Operation, Operation]>([
    [
      'createTable → dropTable with its definition',
      s.createTable,
      {
        kind: 'dropTable',
        name: 'order',
        schema: 'shop',
        definition: {
          columns: s.createTable.columns,
          primaryKey: { name: 'order_pkey', columns: ['id'] },
          comment: 'orders',
        },
      },
    ],
    [
      'dropTable → createTable',
      s.dropTable,
      {
        kind: 'createTable',
        name: 'order',
        schema: 'shop',
        columns: [{ name: 'id', type: 'integer', nullable: false }],
      },
    ],
    [
      'renameTable',
      s.renameTable,
      { kind: 'renameTable', table: 'orders', newName: 'order', schema: 'shop' },
    ],
    [
      'addColumn → dropColumn',
      s.addColumn,
      {
        kind: 'dropColumn',
        table: 'users',
        column: 'age',
        definition: { name: 'age', type: 'integer', default: '0' },
      },
    ],
    [
      'dropColumn → addColumn',
      s.dropColumn,
      { kind: 'addColumn', table: 'users', column: { name: 'age', type: 'integer' } },
    ],
    [
      'alterColumn swaps each aspect and renames back',
      s.alterColumn,
      {
        kind: 'alterColumn',
        table: 'users',
        column: 'years',
        newName: 'age',
        type: 'integer',
        nullable: true,
        default: '0',
        existingType: 'bigint',
        existingNullable: false,
        existingDefault: null,
      },
    ],
    [
      'createIndex → dropIndex',
      s.createIndex,
      {
        kind: 'dropIndex',
        name: 'ix_users_email',
        table: 'users',
        schema: 'app',
        concurrently: true,
        definition: {
          columns: [{ column: 'email', order: 'desc' }],
          unique: true,
          where: 'deleted_at IS NULL',
        },
      },
    ],
    [
      'dropIndex → createIndex',
      s.dropIndex,
      {
        kind: 'createIndex',
        name: 'ix_users_email',
        table: 'users',
        columns: [{ column: 'email' }],
        method: 'btree',
      },
    ],
    [
      'createPrimaryKey → dropConstraint',
      s.createPrimaryKey,
      {
        kind: 'dropConstraint',
        name: 'users_pkey',
        table: 'users',
        definition: { type: 'primaryKey', columns: ['id'] },
      },
    ],
    [
      'createForeignKey → dropConstraint',
      s.createForeignKey,
      {
        kind: 'dropConstraint',
        name: 'posts_user_fk',
        table: 'posts',
        definition: {
          type: 'foreignKey',
          columns: ['user_id'],
          referencedTable: 'users',
          referencedColumns: ['id'],
          onDelete: 'cascade',
          notValid: true,
        },
      },
    ],
    [
      'createUniqueConstraint → dropConstraint',
      s.createUniqueConstraint,
      {
        kind: 'dropConstraint',
        name: 'users_email_key',
        table: 'users',
        definition: { type: 'unique', columns: ['email'], nullsNotDistinct: true },
      },
    ],
    [
      'createCheckConstraint → dropConstraint',
      s.createCheckConstraint,
      {
        kind: 'dropConstraint',
        name: 'age_positive',
        table: 'users',
        definition: { type: 'check', expression: 'age > 0' },
      },
    ],
    [
      'dropConstraint → createCheckConstraint',
      s.dropConstraint,
      {
        kind: 'createCheckConstraint',
        name: 'age_positive',
        table: 'users',
        expression: 'age > 0',
      },
    ],
    [
      'createEnum → dropEnum',
      s.createEnum,
      { kind: 'dropEnum', name: 'mood', schema: 'app', definition: { values: ['sad', 'ok'] } },
    ],
    [
      'dropEnum → createEnum',
      s.dropEnum,
      { kind: 'createEnum', name: 'mood', values: ['sad', 'ok'] },
    ],
    [
      'renameEnumValue',
      s.renameEnumValue,
      { kind: 'renameEnumValue', name: 'mood', from: 'fine', to: 'ok' },
    ],
    [
      'createSequence → dropSequence',
      s.createSequence,
      {
        kind: 'dropSequence',
        name: 'seq',
        ifExists: true,
        definition: { start: 10, increment: 2 },
      },
    ],
    [
      'alterSequence',
      s.alterSequence,
      { kind: 'alterSequence', name: 'seq', changes: { increment: 2 }, existing: { increment: 5 } },
    ],
    [
      'dropSequence → createSequence',
      s.dropSequence,
      { kind: 'createSequence', name: 'seq', as: 'bigint', cycle: true },
    ],
    [
      'createSchema → dropSchema',
      s.createSchema,
      { kind: 'dropSchema', name: 'app', ifExists: true },
    ],
    ['dropSchema → createSchema', s.dropSchema, { kind: 'createSchema', name: 'app' }],
    [
      'setTableComment',
      s.setTableComment,
      { kind: 'setTableComment', table: 'users', comment: null, existingComment: 'people' },
    ],
    [
      'setColumnComment',
      s.setColumnComment,
      {
        kind: 'setColumnComment',
        table: 'users',
        column: 'age',
        comment: 'in years',
        existingComment: null,
      },
    ],
  ])('%s', (_name, op, reversed) => {
    expect(reverseOp(op)).toStrictEqual(reversed);
  });

  it.each(
    allSamples
      .filter((op) => !irreversibleKinds.includes(op.kind))
      .map((op) => [op.kind, op] as const),
  )('reverse(reverse(%s)) is the operation again', (_kind, op) => {
    expect(reverseOp(reverseOp(op))).toStrictEqual(op);
  });

  it.each(irreversibleKinds)('refuses to reverse %s', (kind) => {
    const error = captureError(() => reverseOp(s[kind]));
    expect(error).toBeInstanceOf(IrreversibleOperationError);
    expect(error).toBeInstanceOf(RetortError);
    expect(error).toMatchObject({ code: 'IRREVERSIBLE_OPERATION', operationKind: kind });
    expect((error as Error).message).toContain(`Cannot reverse ${kind}`);
  });

  it.each<[string, Operation]>([
    ['dropTable', { kind: 'dropTable', name: 'users' }],
    ['dropColumn', { kind: 'dropColumn', table: 'users', column: 'age' }],
    ['dropIndex', { kind: 'dropIndex', name: 'ix', definition: { columns: [{ column: 'a' }] } }],
    ['dropConstraint', { kind: 'dropConstraint', name: 'ck', table: 'users' }],
    ['dropEnum', { kind: 'dropEnum', name: 'mood' }],
    ['dropSequence', { kind: 'dropSequence', name: 'seq' }],
    ['dropSchema', { kind: 'dropSchema', name: 'app', cascade: true }],
    ['alterColumn', { kind: 'alterColumn', table: 'users', column: 'age', type: 'bigint' }],
    [
      'alterSequence',
      { kind: 'alterSequence', name: 'seq', changes: { start: 5 }, existing: { increment: 1 } },
    ],
    ['setTableComment', { kind: 'setTableComment', table: 'users', comment: 'x' }],
    ['setColumnComment', { kind: 'setColumnComment', table: 'users', column: 'a', comment: 'x' }],
  ])('refuses %s without what it needs to be rebuilt', (kind, op) => {
    expect(() => reverseOp(op)).toThrow(`Cannot reverse ${kind}`);
  });

  it('drops USING when reversing a type change (the way back needs its own cast)', () => {
    const op: Operation = {
      kind: 'alterColumn',
      table: 't',
      column: 'c',
      type: 'int',
      using: 'c::int',
      existingType: 'text',
    };
    expect(reverseOp(op)).toStrictEqual({
      kind: 'alterColumn',
      table: 't',
      column: 'c',
      type: 'text',
      existingType: 'int',
    });
  });
});

describe('reverseOps', () => {
  it('reverses each operation, last first', () => {
    expect(reverseOps([s.createSchema, s.createEnum])).toStrictEqual([
      reverseOp(s.createEnum),
      reverseOp(s.createSchema),
    ]);
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
