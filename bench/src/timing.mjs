import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// GNU time reports peak RSS; without it the timings still run, memory is reported as 0.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs a whole process `runs` times; returns the median wall time (ms) and the peak RSS (MiB). */
export function timeProcess(args, { cwd, runs = 5, env = process.env } = {}) {
  const times = [];
  let peakMiB = 0;
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const r = GNU_TIME
      ? spawnSync(GNU_TIME, ['-f', '%M', process.execPath, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    const kb = GNU_TIME ? Number(r.stderr.trim().split('\n').pop()) : NaN;
    if (Number.isFinite(kb)) peakMiB = Math.max(peakMiB, kb / 1024);
    times.push(ms);
    stdout = r.stdout;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], minMs: times[0], peakMiB, stdout };
}

export const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
