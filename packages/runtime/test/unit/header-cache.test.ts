import { mkdtempSync, readdirSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedHeaders } from '../../src/script/header-cache';
import { readRevisionFile } from '../../src/script/read-revision-file';
import { loadScriptDirectory } from '../../src/script/script-directory';

const id = (n: number) => n.toString(16).padStart(12, '0');
function write(dir: string, n: number, message = `revision ${n}`): string {
  const file = join(dir, `${id(n)}_r.ts`);
  writeFileSync(
    file,
    `/**\n * ${message}\n */\nexport const revision = '${id(n)}';\nexport const downRevision = ${n === 1 ? 'null' : `'${id(n - 1)}'`};\n` +
      `export const branchLabels = null;\nexport const dependsOn = null;\nexport async function upgrade() {}\nexport async function downgrade() {}\n`,
  );
  return file;
}

describe('header cache', () => {
  let dir: string;
  let cacheDir: string;
  let files: string[];
  const reads: string[] = [];
  const read = (file: string) => {
    reads.push(file);
    return readRevisionFile(file);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'retort-cache-src-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'retort-cache-'));
    files = Array.from({ length: 250 }, (_, i) => write(dir, i + 1));
    reads.length = 0;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('reads every file once, then reuses the headers of unchanged files', () => {
    const first = cachedHeaders(dir, files, read, cacheDir);
    expect(reads).toHaveLength(250);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    reads.length = 0;
    expect(cachedHeaders(dir, files, read, cacheDir)).toEqual(first);
    expect(reads).toEqual([]);
  });

  it('reads again a file that was edited, even to the same size', () => {
    cachedHeaders(dir, files, read, cacheDir);
    reads.length = 0;
    const edited = write(dir, 7, 'revision X'); // same length as "revision 7"
    utimesSync(edited, new Date(), new Date(Date.now() + 5000));
    const headers = cachedHeaders(dir, files, read, cacheDir);
    expect(reads).toEqual([edited]);
    expect(headers[6]!.message).toBe('revision X');
  });

  it('follows files that appear and disappear', () => {
    cachedHeaders(dir, files, read, cacheDir);
    unlinkSync(files[249]!);
    const added = write(dir, 300);
    const now = [...files.slice(0, 249), added];
    reads.length = 0;
    const headers = cachedHeaders(dir, now, read, cacheDir);
    expect(reads).toEqual([added]);
    expect(headers.map((h) => h.revision)).toEqual(now.map((f) => f.split('/').pop()!.slice(0, 12)));
  });

  it('a corrupt cache is ignored, never fatal', () => {
    cachedHeaders(dir, files, read, cacheDir);
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{ not json');
    reads.length = 0;
    expect(cachedHeaders(dir, files, read, cacheDir)).toHaveLength(250);
    expect(reads).toHaveLength(250);
  });

  it('loadScriptDirectory sees an edit made after the cache was written', () => {
    expect(loadScriptDirectory([dir], { cacheDir }).graph.heads).toEqual([id(250)]);
    write(dir, 251);
    const graph = loadScriptDirectory([dir], { cacheDir }).graph;
    expect(graph.heads).toEqual([id(251)]);
    expect(graph.size).toBe(251);
  });
});
