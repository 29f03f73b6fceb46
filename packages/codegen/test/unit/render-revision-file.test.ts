import { renderRevisionFile, revisionFileName, slugify } from '@retort/codegen';

const base = {
  revision: '3f9a1c2b7d4e',
  downRevision: '8c1d0e2f3a4b',
  branchLabels: null,
  dependsOn: null,
  message: 'add users table',
  createDate: new Date('2026-11-23T18:47:00.000Z'),
  upgrade: [],
  downgrade: [],
};

describe('renderRevisionFile', () => {
  it('renders the header, literal graph exports and empty functions', async () => {
    expect(await renderRevisionFile(base, '/nowhere/x.ts')).toBe(`/**
 * add users table
 *
 * Revision ID: 3f9a1c2b7d4e
 * Revises: 8c1d0e2f3a4b
 * Create Date: 2026-11-23 18:47:00.000Z
 */
import type { Operations } from 'retort-migrate';

export const revision = '3f9a1c2b7d4e';
export const downRevision: string | readonly string[] | null = '8c1d0e2f3a4b';
export const branchLabels: readonly string[] | null = null;
export const dependsOn: readonly string[] | null = null;

export async function upgrade(op: Operations): Promise<void> {
  // nothing to do yet; for example: await op.execute('UPDATE …');
  void op; // op is unused so far
}

export async function downgrade(op: Operations): Promise<void> {
  // nothing to do yet; for example: await op.execute('UPDATE …');
  void op; // op is unused so far
}
`);
  });

  it('renders merges, labels, dependencies and bodies', async () => {
    const text = await renderRevisionFile(
      { ...base, downRevision: ['aaaaaaaaaaaa', 'bbbbbbbbbbbb'], branchLabels: ['feature'], dependsOn: ['cccccccccccc'], upgrade: ["await op.execute('select 1');"], downgrade: ["await op.execute('select 2');"] },
      '/nowhere/x.ts',
    );
    expect(text).toContain(" * Revises: aaaaaaaaaaaa, bbbbbbbbbbbb\n");
    expect(text).toContain("export const downRevision: string | readonly string[] | null = [\n  'aaaaaaaaaaaa',\n  'bbbbbbbbbbbb',\n] as const;");
    expect(text).toContain("export const branchLabels: readonly string[] | null = ['feature'] as const;");
    expect(text).toContain("export const dependsOn: readonly string[] | null = ['cccccccccccc'] as const;");
    expect(text).toContain("export async function upgrade(op: Operations): Promise<void> {\n  await op.execute('select 1');\n}");
  });

  it('keeps a message with quotes and comment terminators harmless', async () => {
    const text = await renderRevisionFile({ ...base, message: "it's */ tricky" }, '/nowhere/x.ts');
    expect(text).toContain(" * it's *\\/ tricky\n");
  });
});

describe('revision file names', () => {
  it('slugifies messages like Alembic', () => {
    expect(slugify('Add users table!')).toBe('add_users_table');
    expect(slugify('  ')).toBe('revision');
    expect(revisionFileName('{rev}_{slug}', 'abc123abc123', 'add users')).toBe('abc123abc123_add_users.ts');
  });
});
