import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatSource } from '@retort/codegen';

/**
 * A project that pins its own prettier gets files formatted by that prettier (resolved from the
 * folder the file goes to); without one, ours formats them.
 */
describe('formatSource picks the prettier that formats the project', () => {
  let project: string;

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'retort-format-'));
    const pkg = join(project, 'node_modules', 'prettier');
    mkdirSync(pkg, { recursive: true });
    mkdirSync(join(project, 'migrations'));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ devDependencies: { prettier: '2.8.8' } }),
    );
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({ name: 'prettier', version: '2.8.8', main: 'index.js' }),
    );
    // the project's prettier: answers with its version, so the test sees which one ran
    writeFileSync(
      join(pkg, 'index.js'),
      `exports.resolveConfig = async () => ({ semi: false });
exports.format = (source, options) => '// the project prettier 2.8.8, ' + JSON.stringify(options) + '\\n' + source;
`,
    );
  });

  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("uses the prettier the project lists, with that prettier's defaults", async () => {
    const out = await formatSource('const a = 1', join(project, 'migrations', 'x.ts'));
    // its config (semi) and nothing of retort's own defaults (singleQuote, printWidth 100)
    expect(out).toBe(
      '// the project prettier 2.8.8, {"semi":false,"parser":"typescript","filepath":"' +
        join(project, 'migrations', 'x.ts') +
        '"}\nconst a = 1',
    );
  });

  it('uses its own prettier where the project lists none (even if one is installed)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'retort-format-none-'));
    try {
      writeFileSync(join(outside, 'package.json'), JSON.stringify({ devDependencies: {} }));
      cpSync(join(project, 'node_modules'), join(outside, 'node_modules'), { recursive: true });
      expect(await formatSource('const a  =  "x"', join(outside, 'x.ts'))).toBe("const a = 'x';\n");
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
