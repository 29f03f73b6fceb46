import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { introspect } from '@retort/introspect';
import { testTargets } from '@retort/testing';
import type { SchemaModel } from '@retort/schema';
import { openDatabase, type OpenDatabase } from '../../../extract/test/support/open-target';
import { modelDifferences } from '../support/model-assert';
import { TempProject } from '../support/temp-project';
import {
  bookkeepingTables,
  downgrade,
  generateRevision,
  pendingChanges,
  sessionOver,
  upgrade,
} from '../support/workflow';

/**
 * Roles, row-level security and policies through revisions: a change of a policy's USING and of
 * a role's options each gives one revision of in-place ALTERs; downgrade -1 restores the catalog.
 * Roles are cluster-wide, so each run names its role uniquely and drops it at the end.
 */
function schema(role: string, v: 1 | 2): string {
  return `import { sql } from 'drizzle-orm';
import { integer, pgPolicy, pgRole, pgTable, text } from 'drizzle-orm/pg-core';

export const reader = pgRole(${JSON.stringify(role)}, { createDb: ${v === 2}, inherit: true });
export const admin = pgRole('postgres').existing();

export const docs = pgTable('docs', {
  id: integer('id').primaryKey(),
  owner: text('owner').notNull(),
}, (t) => [
  pgPolicy('docs_read', { for: 'select', to: reader, using: sql\`\${t.owner} = ${v === 1 ? 'current_user' : 'session_user'}\` }),
]).enableRLS();
`;
}

async function catalog(db: OpenDatabase, role: string): Promise<SchemaModel> {
  return introspect(db, {
    schemas: ['public'],
    excludeTables: bookkeepingTables(['public']),
    roles: [role],
  });
}

describe.each(testTargets())(
  'roles, row-level security and policies through revisions on $name',
  (target) => {
    test('create, change a policy and a role in place, downgrade -1 restores the catalog', async () => {
      const role = `retort_reader_${randomBytes(4).toString('hex')}`;
      const project = new TempProject('object-kinds-');
      const created = await target.create();
      const db = await openDatabase(created.url);
      try {
        const file = project.write('schema.ts', schema(role, 1));
        const s = sessionOver(project.config(created.url, { drizzle: file }), db);
        const first = await generateRevision(s, 'docs with policy');
        expect(first.entries.map((e) => e.op.kind)).toEqual([
          'createRole',
          'createTable',
          'setRowLevelSecurity',
          'createPolicy',
        ]);
        await upgrade(s, 'head');
        expect(await pendingChanges(s)).toEqual([]);
        const v1 = await catalog(db, role);
        expect(v1.roles).toEqual([
          { name: role, createDb: false, createRole: false, inherit: true },
        ]);
        expect(v1.tables[0]).toMatchObject({
          rowLevelSecurity: true,
          policies: [
            {
              name: 'docs_read',
              as: 'permissive',
              for: 'select',
              to: [role],
              using: '(owner = CURRENT_USER)',
              withCheck: null,
            },
          ],
        });

        // a new module file: the loader caches the one it imported
        const s2 = sessionOver(
          project.config(created.url, { drizzle: project.write('schema-v2.ts', schema(role, 2)) }),
          db,
        );
        const second = await generateRevision(s2, 'change policy and role');
        expect(second.entries.map((e) => e.op)).toEqual([
          { kind: 'alterRole', name: role, createDb: true, existing: { createDb: false } },
          {
            kind: 'alterPolicy',
            name: 'docs_read',
            table: 'docs',
            using: '(owner = SESSION_USER)',
            existing: { using: '(owner = CURRENT_USER)' },
          },
        ]);
        const text = readFileSync(second.file!, 'utf8');
        const [up, down] = text.split('export async function downgrade');
        expect(up).toMatch(
          /await op\.alterPolicy\('docs_read', 'docs', \{\s+using: '\(owner = SESSION_USER\)',\s+existing: \{ using: '\(owner = CURRENT_USER\)' \},?\s+\}\);/,
        );
        expect(down).toMatch(
          /await op\.alterPolicy\('docs_read', 'docs', \{\s+using: '\(owner = CURRENT_USER\)',\s+existing: \{ using: '\(owner = SESSION_USER\)' \},?\s+\}\);/,
        );
        expect(down).toContain(
          `await op.alterRole('${role}', { createDb: false, existing: { createDb: true } });`,
        );
        await upgrade(s2, 'head');
        expect(await pendingChanges(s2)).toEqual([]);
        const v2 = await catalog(db, role);
        expect(v2.roles[0]!.createDb).toBe(true);
        expect(v2.tables[0]!.policies[0]!.using).toBe('(owner = SESSION_USER)');

        await downgrade(s2, '-1');
        expect(modelDifferences(await catalog(db, role), v1)).toEqual([]);
        await downgrade(s, 'base');
        expect((await catalog(db, role)).roles).toEqual([]);
      } finally {
        await db.query(`drop role if exists "${role}"`).catch(() => undefined);
        await db.close();
        await created.dispose();
        project.dispose();
      }
    });
  },
);
