import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The pack step's rules (scripts/pack): published dependencies derive from the workspace manifests. */
const PACK = resolve(__dirname, '..', '..', '..', '..', 'scripts', 'pack');
type Pkg = { name: string; dir: string; manifest: Record<string, any> };
const load = async () => ({
  manifest: require(join(PACK, 'manifest.cjs')) as { publishedManifest(cli: Pkg, bundled: Pkg[]): Record<string, any> },
  bundle: require(join(PACK, 'bundle.cjs')) as { bundleAll(bundled: Pkg[], cli: Pkg, stage: string): Promise<Set<string>> },
});

const cli: Pkg = {
  name: 'retort-migrate',
  dir: '/x/apps/cli',
  manifest: {
    name: 'retort-migrate',
    version: '1.2.3',
    bin: { retort: 'bin/retort.js' },
    dependencies: { '@retort/lib': 'workspace:*', yargs: '17.7.3' },
    peerDependencies: { 'drizzle-orm': '>=0.36.0' },
    peerDependenciesMeta: { 'drizzle-orm': { optional: true } },
  },
};
const lib = (deps: Record<string, string>): Pkg => ({ name: '@retort/lib', dir: '/x/packages/lib', manifest: { name: '@retort/lib', dependencies: deps } });

test('dependencies are the union of the bundled packages’ third-party dependencies; CLI peers stay peers', async () => {
  const { manifest } = await load();
  const out = manifest.publishedManifest(cli, [cli, lib({ '@retort/errors': 'workspace:*', postgres: '3.4.9', 'drizzle-orm': '0.45.4' })]);
  expect(out.dependencies).toEqual({ postgres: '3.4.9', yargs: '17.7.3' });
  expect(out.peerDependencies).toEqual({ 'drizzle-orm': '>=0.36.0' });
  expect(JSON.stringify(out)).not.toContain('workspace:');
});

test('two versions of one dependency, or a workspace: specifier outside @retort, fail the pack', async () => {
  const { manifest } = await load();
  expect(() => manifest.publishedManifest(cli, [cli, lib({ yargs: '18.0.0' })])).toThrow(/wants yargs@17.7.3 but @retort\/lib wants yargs@18.0.0/);
  expect(() => manifest.publishedManifest(cli, [cli, lib({ other: 'workspace:*' })])).toThrow(/not an @retort\/\* package/);
});

describe('bundling', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'retort-pack-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function workspace(libSource: string, libDeps: Record<string, string>): Pkg[] {
    const write = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('apps/cli/dist/index.js', "exports.x = require('@retort/lib').x;\n");
    write('apps/cli/dist/bin.js', "require('yargs'); console.log(require('@retort/lib').x);\n");
    write('packages/lib/dist/index.js', libSource);
    return [
      { ...cli, dir: join(root, 'apps/cli') },
      { name: '@retort/lib', dir: join(root, 'packages/lib'), manifest: { name: '@retort/lib', main: 'dist/index.js', dependencies: libDeps } },
    ];
  }

  test('each package becomes one file; @retort imports point at the sibling bundle; third-party imports stay external', async () => {
    const { bundle } = await load();
    const [c, l] = workspace("const fs = require('node:fs'); exports.x = () => require('postgres');\n", { postgres: '3.4.9' });
    const imported = await bundle.bundleAll([c!, l!], c!, join(root, 'stage'));
    expect([...imported].sort()).toEqual(['postgres', 'yargs']);
    expect(readFileSync(join(root, 'stage/dist/index.js'), 'utf8')).toContain('require("./lib/lib.js")');
    expect(readFileSync(join(root, 'stage/dist/lib/lib.js'), 'utf8')).toContain('require("postgres")');
  });

  test('an import the package does not declare fails loudly', async () => {
    const { bundle } = await load();
    const [c, l] = workspace("exports.x = () => require('left-pad/sub');\n", {});
    await expect(bundle.bundleAll([c!, l!], c!, join(root, 'stage'))).rejects.toThrow(/Undeclared dependencies[\s\S]*@retort\/lib imports left-pad\/sub/);
  });
});
