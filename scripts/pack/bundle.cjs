// esbuild: one CommonJS file per workspace package; @retort/* imports point at the sibling
// bundles (so lazy imports stay lazy), third-party imports stay external and must be declared.
const { builtinModules } = require('node:module');
const { dirname, join, relative } = require('node:path');
const { build } = require('esbuild');
const { INTERNAL_SCOPE, packageOf, shortName } = require('./workspace.cjs');
const { isDeclared } = require('./manifest.cjs');

const BUILTINS = new Set(builtinModules);

/** Where a package's bundle lands inside the staged package. */
function libFile(stage, name) {
  return join(stage, 'dist', 'lib', `${shortName(name)}.js`);
}

/** The entry points of one package: the CLI's main and bin modules, or a library's main. */
function entries(pkg, cli, stage) {
  const main = pkg.manifest.main ?? 'dist/index.js';
  if (pkg !== cli) return [{ from: join(pkg.dir, main), to: libFile(stage, pkg.name) }];
  return [main, 'dist/bin.js'].map((file) => ({ from: join(pkg.dir, file), to: join(stage, file) }));
}

/** Bundles every package; returns the third-party packages the bundles import. */
async function bundleAll(bundled, cli, stage) {
  const imported = new Set();
  const undeclared = [];
  for (const pkg of bundled) {
    for (const entry of entries(pkg, cli, stage)) {
      await build({
        entryPoints: [entry.from],
        outfile: entry.to,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        logLevel: 'error',
        plugins: [externals(pkg, cli, stage, entry.to, imported, undeclared)],
      });
    }
  }
  if (undeclared.length > 0) {
    throw new Error(`Undeclared dependencies (add them to the package's "dependencies"):\n  ${[...new Set(undeclared)].join('\n  ')}`);
  }
  return imported;
}

function externals(pkg, cli, stage, outfile, imported, undeclared) {
  return {
    name: 'retort-externals',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, ({ path }) => {
        if (path.startsWith('node:') || BUILTINS.has(path)) return { path, external: true };
        if (path.startsWith(INTERNAL_SCOPE)) {
          if (!(path in (pkg.manifest.dependencies ?? {}))) undeclared.push(`${pkg.name} imports ${path}`);
          const target = relative(dirname(outfile), libFile(stage, path));
          return { path: target.startsWith('.') ? target : `./${target}`, external: true };
        }
        const dep = packageOf(path);
        if (!isDeclared(pkg, cli, dep)) undeclared.push(`${pkg.name} imports ${path}`);
        imported.add(dep);
        return { path, external: true };
      });
    },
  };
}

module.exports = { libFile, bundleAll };
