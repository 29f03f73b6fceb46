import type { Operation, OperationKind, OperationOf } from '@retort/ops';
import { objectKindSamples } from './sample-object-kind-operations';

/** One fully populated example of every operation kind (a missing kind is a type error). */
export const sampleOperations: { [K in OperationKind]: OperationOf<K> } = {
  createTable: {
    kind: 'createTable',
    name: 'order',
    schema: 'shop',
    columns: [
      { name: 'id', type: 'bigint', nullable: false, identity: { always: true } },
      { name: 'note', type: 'text', comment: "it's" },
    ],
    primaryKey: { name: 'order_pkey', columns: ['id'] },
    comment: 'orders',
  },
  dropTable: {
    kind: 'dropTable',
    name: 'order',
    schema: 'shop',
    definition: { columns: [{ name: 'id', type: 'integer', nullable: false }] },
  },
  renameTable: { kind: 'renameTable', table: 'order', newName: 'orders', schema: 'shop' },
  addColumn: {
    kind: 'addColumn',
    table: 'users',
    column: { name: 'age', type: 'integer', default: '0' },
  },
  dropColumn: {
    kind: 'dropColumn',
    table: 'users',
    column: 'age',
    definition: { name: 'age', type: 'integer' },
  },
  alterColumn: {
    kind: 'alterColumn',
    table: 'users',
    column: 'age',
    type: 'bigint',
    nullable: false,
    default: null,
    newName: 'years',
    existingType: 'integer',
    existingNullable: true,
    existingDefault: '0',
  },
  createIndex: {
    kind: 'createIndex',
    name: 'ix_users_email',
    table: 'users',
    schema: 'app',
    columns: [{ column: 'email', order: 'desc' }],
    unique: true,
    where: 'deleted_at IS NULL',
    concurrently: true,
  },
  dropIndex: {
    kind: 'dropIndex',
    name: 'ix_users_email',
    table: 'users',
    definition: { columns: [{ column: 'email' }], method: 'btree' },
  },
  createPrimaryKey: {
    kind: 'createPrimaryKey',
    name: 'users_pkey',
    table: 'users',
    columns: ['id'],
  },
  createForeignKey: {
    kind: 'createForeignKey',
    name: 'posts_user_fk',
    table: 'posts',
    columns: ['user_id'],
    referencedTable: 'users',
    referencedColumns: ['id'],
    onDelete: 'cascade',
    notValid: true,
  },
  createUniqueConstraint: {
    kind: 'createUniqueConstraint',
    name: 'users_email_key',
    table: 'users',
    columns: ['email'],
    nullsNotDistinct: true,
  },
  createCheckConstraint: {
    kind: 'createCheckConstraint',
    name: 'age_positive',
    table: 'users',
    expression: 'age > 0',
  },
  dropConstraint: {
    kind: 'dropConstraint',
    name: 'age_positive',
    table: 'users',
    definition: { type: 'check', expression: 'age > 0' },
  },
  validateConstraint: { kind: 'validateConstraint', name: 'posts_user_fk', table: 'posts' },
  createEnum: { kind: 'createEnum', name: 'mood', schema: 'app', values: ['sad', 'ok'] },
  dropEnum: { kind: 'dropEnum', name: 'mood', definition: { values: ['sad', 'ok'] } },
  addEnumValue: {
    kind: 'addEnumValue',
    name: 'mood',
    value: 'happy',
    after: 'ok',
    ifNotExists: true,
  },
  renameEnumValue: { kind: 'renameEnumValue', name: 'mood', from: 'ok', to: 'fine' },
  createSequence: {
    kind: 'createSequence',
    name: 'seq',
    start: 10,
    increment: 2,
    ifNotExists: true,
  },
  alterSequence: {
    kind: 'alterSequence',
    name: 'seq',
    changes: { increment: 5 },
    existing: { increment: 2 },
  },
  dropSequence: { kind: 'dropSequence', name: 'seq', definition: { as: 'bigint', cycle: true } },
  createSchema: { kind: 'createSchema', name: 'app', ifNotExists: true },
  dropSchema: { kind: 'dropSchema', name: 'app' },
  createExtension: { kind: 'createExtension', name: 'uuid-ossp', schema: 'ext', ifNotExists: true },
  dropExtension: { kind: 'dropExtension', name: 'citext' },
  setTableComment: {
    kind: 'setTableComment',
    table: 'users',
    comment: 'people',
    existingComment: null,
  },
  setColumnComment: {
    kind: 'setColumnComment',
    table: 'users',
    column: 'age',
    comment: null,
    existingComment: 'in years',
  },
  execute: { kind: 'execute', sql: 'UPDATE users SET age = $1', params: [1] },
  bulkInsert: { kind: 'bulkInsert', table: 'users', rows: [{ id: 1 }] },
  setLockTimeout: { kind: 'setLockTimeout', timeout: '5s' },
  ...objectKindSamples,
};

export const allSamples: Operation[] = Object.values(sampleOperations);

/** The kinds whose reverse is undefined in general (not merely for lack of a definition). */
export const irreversibleKinds: OperationKind[] = [
  'addEnumValue',
  'validateConstraint',
  'execute',
  'bulkInsert',
];
