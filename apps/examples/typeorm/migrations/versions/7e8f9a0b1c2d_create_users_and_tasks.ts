/**
 * create users and tasks
 *
 * Revision ID: 7e8f9a0b1c2d
 * Revises:
 * Create Date: 2026-11-23 20:41:20.557Z
 *
 * Operations: createExtension ×1, createEnum ×1, createTable ×2, createIndex ×1, createForeignKey ×1
 */
import type { Operations } from 'retort-migrate';

export const revision = '7e8f9a0b1c2d';
export const downRevision: string | readonly string[] | null = null;
export const branchLabels: readonly string[] | null = null;
export const dependsOn: readonly string[] | null = null;

export async function upgrade(op: Operations): Promise<void> {
  await op.createExtension('uuid-ossp', { ifNotExists: true });
  await op.createEnum('tasks_status_enum', ['todo', 'doing', 'done']);
  await op.createTable('tasks', {
    columns: [
      { name: 'id', type: 'uuid', nullable: false, default: 'uuid_generate_v4()' },
      { name: 'title', type: 'character varying', nullable: false },
      {
        name: 'status',
        type: 'public.tasks_status_enum',
        nullable: false,
        default: "'todo'::tasks_status_enum",
      },
      { name: 'ownerId', type: 'integer', nullable: false },
    ],
    primaryKey: { name: 'PK_8d12ff38fcc62aaba2cab748772', columns: ['id'] },
  });
  await op.createTable('users', {
    columns: [
      { name: 'id', type: 'serial', nullable: false },
      { name: 'email', type: 'character varying', nullable: false },
      { name: 'name', type: 'text' },
      { name: 'created_at', type: 'timestamp with time zone', nullable: false, default: 'now()' },
    ],
    primaryKey: { name: 'PK_a3ffb1c0c8416b9fc6f907b7433', columns: ['id'] },
    uniques: [{ name: 'UQ_97672ac88f789774dd47f7c8be3', columns: ['email'] }],
  });
  await op.createIndex('IDX_13d0325af1786070051c5b30d4', 'tasks', ['ownerId', 'status']);
  await op.createForeignKey(
    'FK_607de52438268ab19a406349427',
    'tasks',
    'users',
    ['ownerId'],
    ['id'],
    { onDelete: 'cascade' },
  );
}

export async function downgrade(op: Operations): Promise<void> {
  await op.dropConstraint('FK_607de52438268ab19a406349427', 'tasks');
  await op.dropIndex('IDX_13d0325af1786070051c5b30d4', { table: 'tasks' });
  await op.dropTable('users');
  await op.dropTable('tasks');
  await op.dropEnum('tasks_status_enum');
  await op.dropExtension('uuid-ossp', { ifExists: true });
}
