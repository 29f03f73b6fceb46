#!/usr/bin/env node
// Summarises a `node --cpu-prof` profile: self time by package and the hottest functions.
//   node src/profile-summary.mjs FILE.cpuprofile [--top=25]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const top = Number(process.argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));

const packageOf = (url) => {
  if (!url) return '(native/gc/idle)';
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 14).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const ws = /\/(packages|apps)\/([^/]+)\//.exec(url);
  if (ws) return ws[1] === 'apps' ? 'retort (cli)' : `@retort/${ws[2]}`;
  return url.replace(/^file:\/\//, '');
};

const total = [...self.values()].reduce((a, b) => a + b, 0);
const pkgs = new Map();
const fns = new Map();
for (const [id, us] of self) {
  const n = byId.get(id);
  const { functionName, url, lineNumber } = n.callFrame;
  const pkg =
    packageOf(url) === '(native/gc/idle)' ? `(${functionName || 'anonymous'})` : packageOf(url);
  pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
  const key = `${functionName || '(anonymous)'} ${
    url
      ? `${url
          .replace(/^file:\/\//, '')
          .replace(/.*node_modules\//, '')
          .replace(/.*\/work\/main\//, '')}:${lineNumber + 1}`
      : ''
  }`;
  fns.set(key, (fns.get(key) ?? 0) + us);
}
const ms = (us) => `${(us / 1000).toFixed(0)} ms`;
console.log(`total sampled: ${ms(total)} (${file})\n\nself time by package:`);
for (const [k, v] of [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${ms(v).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
console.log('\nhottest functions (self):');
for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${ms(v).padStart(8)}  ${k}`);
