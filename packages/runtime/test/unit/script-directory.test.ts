import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRevisionId } from '../../src/script/revision-id';
import { isMigrationFileName, loadScriptDirectory } from '../../src/script/script-directory';

interface FileSpec {
  revision: string;
  down?: string | string[] | null;
  labels?: string[] | null;
  dependsOn?: string[] | null;
  message?: string;
  body?: string;
}

const literal = (value: string | string[] | null | undefined) =>
  value === undefined || value === null
    ? 'null'
    : typeof value === 'string'
      ? `'${value}'`
      : `[${value.map((v) => `'${v}'`).join(', ')}]`;

/** A migration file as codegen writes it. */
function migrationSource(spec: FileSpec): string {
  return `/**
 * ${spec.message ?? `revision ${spec.revision}`}
 *
 * Revision ID: ${spec.revision}
 * Revises: ${Array.isArray(spec.down) ? spec.down.join(', ') : (spec.down ?? '')}
 * Create Date: 2026-11-23 18:47:00.000Z
 */
import type { Operations } from '@retort/ops';

export const revision = '${spec.revision}';
export const downRevision: string | readonly string[] | null = ${literal(spec.down)};
export const branchLabels: readonly string[] | null = ${literal(spec.labels)};
export const dependsOn: readonly string[] | null = ${literal(spec.dependsOn)};

export async function upgrade(op: Operations): Promise<void> {
${spec.body ?? "  await op.execute('select 1');"}
}

export async function downgrade(op: Operations): Promise<void> {}
`;
}

/** changesets-style testdir: files from object literals. */
function testdir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'retort-scripts-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  dirs.push(dir);
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('loadScriptDirectory', () => {
  it('reads headers from .ts/.js/.mts/.mjs files only', () => {
    const dir = testdir({
      'aaaa00000001_init.ts': migrationSource({ revision: 'aaaa00000001', message: 'init' }),
      'aaaa00000002_users.js': migrationSource({ revision: 'aaaa00000002', down: 'aaaa00000001' }),
      'aaaa00000003_x.mts': migrationSource({
        revision: 'aaaa00000003',
        down: 'aaaa00000002',
        labels: ['feature'],
      }),
      'aaaa00000004_y.mjs': migrationSource({ revision: 'aaaa00000004', down: 'aaaa00000003' }),
      'types.d.ts': 'export const revision = "nope";',
      '_helpers.ts': 'export const x = 1;',
      '.hidden.ts': 'export const x = 1;',
      'README.md': '# not a migration',
      'nested/bbbb00000001_deep.ts': migrationSource({ revision: 'bbbb00000001' }),
    });
    const scripts = loadScriptDirectory([dir]);
    expect(scripts.graph.heads).toEqual(['aaaa00000004']);
    expect(scripts.graph.size).toBe(4);
    expect(scripts.headers[0]).toMatchObject({
      revision: 'aaaa00000001',
      message: 'init',
      createDate: '2026-11-23 18:47:00.000Z',
      file: join(dir, 'aaaa00000001_init.ts'),
    });
    expect([...(scripts.graph.get('aaaa00000004')?.branchLabels ?? [])]).toEqual(['feature']);
  });

  it('merges several version directories', () => {
    const one = testdir({ 'a.ts': migrationSource({ revision: 'aaaa11110000' }) });
    const two = testdir({
      'b.ts': migrationSource({ revision: 'bbbb22220000', down: 'aaaa11110000' }),
    });
    expect(loadScriptDirectory([one, two]).graph.heads).toEqual(['bbbb22220000']);
  });

  it('names both files of a duplicate revision', () => {
    const dir = testdir({
      'one.ts': migrationSource({ revision: 'aaaa11110000' }),
      'two.ts': migrationSource({ revision: 'aaaa11110000' }),
    });
    expect(() => loadScriptDirectory([dir])).toThrow(
      expect.objectContaining({
        code: 'DUPLICATE_REVISION',
        message: expect.stringContaining(`${join(dir, 'one.ts')} and in ${join(dir, 'two.ts')}`),
      }),
    );
  });

  it('names the file of a broken header', () => {
    const dir = testdir({ 'bad.ts': 'export const revision = makeId();\n' });
    expect(() => loadScriptDirectory([dir])).toThrow(
      expect.objectContaining({
        code: 'BAD_REVISION_FILE',
        message: expect.stringContaining(join(dir, 'bad.ts')),
      }),
    );
  });

  it('reads large files whose header straddles the first 8 KiB', () => {
    const padding = `${'x'.repeat(8170)}`;
    const dir = testdir({
      'big.ts': `/** big */\n// ${padding}\nexport const revision = 'aaaa11110000';\nexport const downRevision = null;\nexport const branchLabels = null;\nexport const dependsOn = ['aaaa2222'];\n`,
      'base.ts': migrationSource({ revision: 'aaaa22220000' }),
      'huge-body.ts': migrationSource({
        revision: 'cccc11110000',
        down: 'aaaa11110000',
        body: `  // ${'y'.repeat(20000)}`,
      }),
    });
    const { graph } = loadScriptDirectory([dir]);
    expect(graph.get('aaaa11110000')?.dependencies).toEqual(['aaaa22220000']);
    expect(graph.get('aaaa11110000')?.header.message).toBe('big');
    expect(graph.realHeads).toEqual(['cccc11110000']);
  });

  it('reports a missing directory', () => {
    expect(() => loadScriptDirectory([join(tmpdir(), 'retort-no-such-dir-x9')])).toThrow(
      expect.objectContaining({
        code: 'MISSING_VERSION_DIR',
        hint: expect.stringContaining('retort init'),
      }),
    );
  });

  it('filters file names', () => {
    expect(
      [
        'a.ts',
        'a.js',
        'a.mts',
        'a.mjs',
        'a.d.ts',
        'a.d.mts',
        '_a.ts',
        '.a.ts',
        'a.cts',
        'a.json',
      ].filter(isMigrationFileName),
    ).toEqual(['a.ts', 'a.js', 'a.mts', 'a.mjs']);
  });

  it('generates 12-hex-character revision ids', () => {
    const id = generateRevisionId();
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(generateRevisionId()).not.toBe(id);
  });
});
