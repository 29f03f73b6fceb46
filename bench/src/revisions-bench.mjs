#!/usr/bin/env node
// `retort history` and `retort heads` as whole processes over many revision files.
import { rmSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRevisionProject } from './revision-fixtures.mjs';
import { fmt, timeProcess } from './timing.mjs';

const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../../apps/cli/dist/bin.js');
const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '2000,10000')
  .split(',')
  .map(Number);
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);

export function benchRevisions(size, repetitions = runs) {
  const { dir } = writeRevisionProject(size);
  try {
    const history = timeProcess([bin, 'history'], { cwd: dir, runs: repetitions });
    const heads = timeProcess([bin, 'heads'], { cwd: dir, runs: repetitions });
    const lines = history.stdout.trim().split('\n').length;
    if (lines < size) throw new Error(`history listed ${lines} revisions, expected ${size}`);
    return { size, history, heads };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`| revisions | history (median of ${runs}) | heads (median of ${runs}) | peak RSS |`);
  console.log('| ---: | ---: | ---: | ---: |');
  for (const size of sizes) {
    const r = benchRevisions(size);
    console.log(
      `| ${size} | ${fmt(r.history.medianMs)} | ${fmt(r.heads.medianMs)} | ${Math.max(r.history.peakMiB, r.heads.peakMiB).toFixed(0)} MiB |`,
    );
  }
}
