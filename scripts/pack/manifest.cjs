// The published package.json: third-party dependencies derived from the bundled packages' manifests.
const { INTERNAL_SCOPE } = require('./workspace.cjs');

/**
 * Unions the `dependencies` of every bundled package. A dependency the CLI lists under
 * `peerDependencies` (the ORMs) stays a peer. Two different versions of one dependency fail.
 */
function publishedManifest(cli, bundled) {
  const peers = cli.manifest.peerDependencies ?? {};
  const dependencies = {};
  const declaredBy = {};
  for (const pkg of bundled) {
    for (const [dep, range] of Object.entries(pkg.manifest.dependencies ?? {})) {
      if (dep.startsWith(INTERNAL_SCOPE) || dep in peers) continue;
      if (range.startsWith('workspace:')) throw new Error(`${pkg.name} depends on ${dep}@${range}, which is not an @retort/* package.`);
      if (dep in dependencies && dependencies[dep] !== range) {
        throw new Error(`${declaredBy[dep]} wants ${dep}@${dependencies[dep]} but ${pkg.name} wants ${dep}@${range}; align the versions.`);
      }
      dependencies[dep] = range;
      declaredBy[dep] = pkg.name;
    }
  }
  const m = cli.manifest;
  const manifest = {
    name: m.name,
    version: m.version,
    description: m.description,
    license: m.license,
    keywords: m.keywords,
    repository: m.repository,
    engines: m.engines,
    main: 'dist/index.js',
    types: 'dist/index.d.ts',
    bin: m.bin,
    files: ['dist', 'bin', 'README.md'],
    dependencies: sortKeys(dependencies),
    peerDependencies: m.peerDependencies,
    peerDependenciesMeta: m.peerDependenciesMeta,
  };
  const text = JSON.stringify(manifest, null, 2);
  if (text.includes('workspace:')) throw new Error('The published manifest still holds a workspace: specifier.');
  return manifest;
}

/** Whether `specifier`'s package may be imported by `pkg`: declared by it, or a CLI peer. */
function isDeclared(pkg, cli, dep) {
  return dep in (pkg.manifest.dependencies ?? {}) || dep in (pkg.manifest.peerDependencies ?? {}) || dep in (cli.manifest.peerDependencies ?? {});
}

function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

module.exports = { publishedManifest, isDeclared };
