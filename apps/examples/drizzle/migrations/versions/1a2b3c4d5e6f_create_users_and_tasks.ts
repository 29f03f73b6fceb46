/**
 * create users and tasks
 *
 * Revision ID: 1a2b3c4d5e6f
 * Revises:
 * Create Date: 2026-11-23 20:40:43.024Z
 *
 * Operations: createTable ×2, createForeignKey ×1
 */
import type { Operations } from 'retort-migrate';

export const revision = '1a2b3c4d5e6f';
export const downRevision: string | readonly string[] | null = null;
export const branchLabels: readonly string[] | null = null;
export const dependsOn: readonly string[] | null = null;

export async function upgrade(op: Operations): Promise<void> {
  await op.createTable('tasks', {
    columns: [
      { name: 'id', type: 'integer', nullable: false, identity: { always: true } },
      { name: 'owner_id', type: 'integer', nullable: false },
      { name: 'title', type: 'text', nullable: false },
      { name: 'done', type: 'boolean', nullable: false, default: 'false' },
    ],
    primaryKey: { name: 'tasks_pkey', columns: ['id'] },
  });
  await op.createTable('users', {
    columns: [
      { name: 'id', type: 'integer', nullable: false, identity: { always: true } },
      { name: 'email', type: 'character varying(255)', nullable: false },
      { name: 'name', type: 'text' },
      { name: 'created_at', type: 'timestamp with time zone', nullable: false, default: 'now()' },
    ],
    primaryKey: { name: 'users_pkey', columns: ['id'] },
    uniques: [{ name: 'users_email_unique', columns: ['email'] }],
  });
  await op.createForeignKey('tasks_owner_id_users_id_fk', 'tasks', 'users', ['owner_id'], ['id'], {
    onDelete: 'cascade',
  });
}

export async function downgrade(op: Operations): Promise<void> {
  await op.dropConstraint('tasks_owner_id_users_id_fk', 'tasks');
  await op.dropTable('users');
  await op.dropTable('tasks');
}
