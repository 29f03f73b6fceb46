// Reads the workspace manifests: which @retort/* packages the CLI needs, and what each declares.
const { readFileSync, readdirSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const INTERNAL_SCOPE = '@retort/';

/** Every workspace package under packages/ and apps/, keyed by name. */
function readWorkspace(root) {
  const packages = new Map();
  for (const parent of ['packages', 'apps']) {
    for (const dir of readdirSync(join(root, parent))) {
      const manifestPath = join(root, parent, dir, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      packages.set(manifest.name, { name: manifest.name, dir: join(root, parent, dir), manifest });
    }
  }
  return packages;
}

/** The CLI package and every @retort/* package it reaches through `dependencies`, CLI first. */
function bundledPackages(workspace, cliName) {
  const order = [];
  const seen = new Set();
  const visit = (name, from) => {
    if (seen.has(name)) return;
    const pkg = workspace.get(name);
    if (!pkg) throw new Error(`${from} depends on ${name}, which is not a workspace package.`);
    seen.add(name);
    order.push(pkg);
    for (const dep of Object.keys(pkg.manifest.dependencies ?? {})) {
      if (dep.startsWith(INTERNAL_SCOPE)) visit(dep, name);
    }
  };
  visit(cliName, 'the pack');
  return order;
}

/** `@retort/runtime` → `runtime`: the file name of its bundle. */
function shortName(name) {
  return name.startsWith(INTERNAL_SCOPE) ? name.slice(INTERNAL_SCOPE.length) : name;
}

/** `drizzle-orm/pg-core` → `drizzle-orm`, `@scope/pkg/sub` → `@scope/pkg`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

module.exports = { INTERNAL_SCOPE, readWorkspace, bundledPackages, shortName, packageOf };
