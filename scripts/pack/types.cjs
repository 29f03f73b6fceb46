// Type declarations: each bundled package's .d.ts files under dist/types/<name>/, with
// `@retort/*` specifiers rewritten to relative paths; the CLI's index.d.ts is the entry.
const { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');
const { shortName } = require('./workspace.cjs');

function copyTypes(bundled, cli, stage) {
  for (const pkg of bundled) {
    const from = join(pkg.dir, 'dist');
    const to = pkg === cli ? join(stage, 'dist') : join(stage, 'dist', 'types', shortName(pkg.name));
    for (const file of declarationFiles(from)) {
      const target = join(to, relative(from, file));
      cpSync(file, target);
      writeFileSync(target, rewrite(readFileSync(target, 'utf8'), dirname(target), stage));
    }
  }
  if (!existsSync(join(stage, 'dist', 'index.d.ts'))) throw new Error(`${cli.name} has no dist/index.d.ts; build it first.`);
}

function declarationFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...declarationFiles(path));
    else if (name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function rewrite(source, fromDir, stage) {
  return source.replace(/(['"])@retort\/([a-z-]+)\1/g, (_m, quote, name) => {
    const target = relative(fromDir, join(stage, 'dist', 'types', name, 'index'));
    return `${quote}${target.startsWith('.') ? target : `./${target}`}${quote}`;
  });
}

module.exports = { copyTypes };
