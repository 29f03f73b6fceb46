import { isRetortError, type RetortError } from '@retort/errors';
import { parseRevisionHeader } from '../../src/script/revision-header';

const FILE = 'migrations/versions/3f9a1c2b7d4e_add_users.ts';

function catchError(fn: () => unknown): RetortError {
  try {
    fn();
  } catch (error) {
    if (isRetortError(error)) return error;
    throw error;
  }
  throw new Error('expected a RetortError');
}

describe('parseRevisionHeader', () => {
  it('reads the generated header', () => {
    const text = `/**
 * add users table
 *
 * Revision ID: 3f9a1c2b7d4e
 * Revises: 8c1d0e2f3a4b
 * Create Date: 2026-11-23 18:47:00.000Z
 */
import type { Operations } from '@retort/ops';

export const revision = '3f9a1c2b7d4e';
export const downRevision: string | readonly string[] | null = '8c1d0e2f3a4b';
export const branchLabels: readonly string[] | null = null;
export const dependsOn: readonly string[] | null = null;

export async function upgrade(op: Operations): Promise<void> {
  await op.createTable('users', { columns: [] });
}
`;
    expect(parseRevisionHeader(text, FILE)).toEqual({
      revision: '3f9a1c2b7d4e',
      downRevisions: ['8c1d0e2f3a4b'],
      branchLabels: [],
      dependsOn: [],
      message: 'add users table',
      doc: 'add users table\n\nRevision ID: 3f9a1c2b7d4e\nRevises: 8c1d0e2f3a4b\nCreate Date: 2026-11-23 18:47:00.000Z',
      createDate: '2026-11-23 18:47:00.000Z',
      file: FILE,
    });
  });

  it('accepts double quotes, as const, arrays over several lines, trailing commas and comments', () => {
    const text = `// eslint-disable-next-line
/** merge heads */
export const revision = "aaaabbbbcccc" as const;
export const downRevision = [
  'a1b2c3d4e5f6', // one side
  "f6e5d4c3b2a1",
] as const;
export let branchLabels: string[] = ['feature', ];
export const dependsOn = [/* none yet */ 'abc123def456'] satisfies readonly string[];
`;
    const header = parseRevisionHeader(text, FILE);
    expect(header.revision).toBe('aaaabbbbcccc');
    expect(header.downRevisions).toEqual(['a1b2c3d4e5f6', 'f6e5d4c3b2a1']);
    expect(header.branchLabels).toEqual(['feature']);
    expect(header.dependsOn).toEqual(['abc123def456']);
    expect(header.message).toBe('merge heads');
  });

  it('treats null, [] and missing optional exports as nothing, and a single string as a list', () => {
    const text =
      "export const revision = 'aaaa1111bbbb';\nexport const downRevision = [];\nexport const branchLabels = 'lib';\n";
    const header = parseRevisionHeader(text, FILE);
    expect(header).toMatchObject({
      downRevisions: [],
      branchLabels: ['lib'],
      dependsOn: [],
      message: '',
      createDate: null,
    });
  });

  it('ignores exports that are commented out and reads the first declaration', () => {
    const text =
      "// export const revision = 'nope';\nexport const revision = 'aaaa1111bbbb';\nexport const revision2 = 'x';\n";
    expect(parseRevisionHeader(text, FILE).revision).toBe('aaaa1111bbbb');
  });

  it('names the file when revision is missing', () => {
    const error = catchError(() =>
      parseRevisionHeader('export const downRevision = null;\n', FILE),
    );
    expect(error.code).toBe('BAD_REVISION_FILE');
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('no `export const revision');
    expect(error.hint).toContain('literal');
  });

  it.each([
    [
      'export const revision = makeId();',
      '`revision` must be a literal, but its value is `makeId();`',
    ],
    [
      "export const revision = 'ab' + 'cd';",
      '`revision` must be a literal, but its value is an expression',
    ],
    ['export const revision = `a${b}`;', 'template literal'],
    ["export const revision = 'abc", 'unterminated string'],
    [
      "export const revision = 'x';\nexport const downRevision = [parent];",
      '`downRevision` must be a literal, but its value is an array element',
    ],
    ["export const revision = 'x';\nexport const dependsOn = ['a', 'b'", 'unterminated array'],
    ['export const revision = null;', '`revision` must be a string literal'],
    ["export const revision = 'ab-cd';", "contains '-'"],
    [
      "export const revision = 'x';\nexport const branchLabels = ['a b'];",
      'branch labels may not contain',
    ],
  ])('rejects %j', (text, problem) => {
    const error = catchError(() => parseRevisionHeader(text, FILE));
    expect(error.code).toBe('BAD_REVISION_FILE');
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(problem);
  });
});
