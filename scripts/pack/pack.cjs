// `pnpm run pack`: bundles the CLI and every @retort/* package it uses into one installable
// package, writes its manifest (no workspace: specifiers) and `npm pack`s it into pack/.
const { execFileSync } = require('node:child_process');
const { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { bundleAll } = require('./bundle.cjs');
const { publishedManifest } = require('./manifest.cjs');
const { copyTypes } = require('./types.cjs');
const { bundledPackages, readWorkspace } = require('./workspace.cjs');

const root = resolve(__dirname, '..', '..');
const CLI = 'retort-migrate';

async function main() {
  const workspace = readWorkspace(root);
  const cli = workspace.get(CLI);
  if (!cli) throw new Error(`No workspace package named ${CLI}.`);
  const bundled = bundledPackages(workspace, CLI);
  const out = join(root, 'pack');
  const stage = join(out, 'stage');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });

  const manifest = publishedManifest(cli, bundled);
  const imported = await bundleAll(bundled, cli, stage);
  const peers = Object.keys(manifest.peerDependencies ?? {});
  for (const dep of Object.keys(manifest.dependencies).filter((d) => !imported.has(d))) {
    console.warn(`${dep} is declared but no bundled code imports it: not published.`);
    delete manifest.dependencies[dep];
  }
  copyTypes(bundled, cli, stage);
  cpSync(join(cli.dir, 'bin'), join(stage, 'bin'), { recursive: true });
  cpSync(join(root, 'README.md'), join(stage, 'README.md'));
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
  rmSync(stage, { recursive: true, force: true });
  const tarballs = readdirSync(out).filter((f) => f.endsWith('.tgz'));
  console.log(`Packed ${bundled.length} workspace packages into pack/${tarballs.join(', pack/')}`);
  console.log(`dependencies: ${Object.keys(manifest.dependencies).join(', ')}; optional peers: ${peers.join(', ')}`);
}

main().catch((error) => {
  console.error(`pack failed: ${error.message}`);
  process.exitCode = 1;
});
