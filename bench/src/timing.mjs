import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// GNU time reports peak RSS; without it the timings still run, memory is reported as 0.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};

/** Runs `node ...args` once; returns wall time (ms), peak RSS (MiB), status, stdout, stderr. */
export function runProcess(
  args,
  { cwd, env = process.env, okStatus = [0], input, timeoutMs } = {},
) {
  // coreutils `timeout` kills the node process itself (killing a GNU time wrapper would orphan it)
  const command = timeoutMs
    ? ['timeout', '-s', 'KILL', String(Math.ceil(timeoutMs / 1000)), process.execPath, ...args]
    : [process.execPath, ...args];
  const started = process.hrtime.bigint();
  const r = GNU_TIME
    ? spawnSync(GNU_TIME, ['-f', '%M', ...command], {
        cwd,
        env,
        input,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(command[0], command.slice(1), {
        cwd,
        env,
        input,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let stderr = r.stderr ?? '';
  let peakMiB = 0;
  if (GNU_TIME) {
    const lines = stderr.trimEnd().split('\n');
    const kb = Number(lines.pop());
    if (Number.isFinite(kb)) peakMiB = kb / 1024;
    stderr = lines.join('\n');
  }
  if (timeoutMs && (r.status === 137 || r.signal === 'SIGKILL') && ms >= timeoutMs - 1000) {
    throw Object.assign(new Error(`node ${args[0]} was stopped after ${Math.round(ms / 1000)} s`), {
      timedOut: true,
      ms,
      peakMiB,
    });
  }
  if (!okStatus.includes(r.status)) {
    throw new Error(
      `node ${args.join(' ')} exited ${r.status ?? r.signal} (cwd ${cwd}):\n${stderr.slice(-4000)}\n${(r.stdout ?? '').slice(-2000)}`,
    );
  }
  return { ms, peakMiB, status: r.status, stdout: r.stdout, stderr };
}

/** Runs a whole process `runs` times; returns the median wall time (ms) and the peak RSS (MiB). */
export function timeProcess(
  args,
  { cwd, runs = 5, env = process.env, okStatus = [0], before } = {},
) {
  const times = [];
  let peakMiB = 0;
  let last;
  for (let i = 0; i < runs; i++) {
    before?.(i);
    last = runProcess(args, { cwd, env, okStatus });
    peakMiB = Math.max(peakMiB, last.peakMiB);
    times.push(last.ms);
  }
  return {
    medianMs: median(times),
    minMs: Math.min(...times),
    times,
    peakMiB,
    stdout: last.stdout,
    stderr: last.stderr,
    status: last.status,
  };
}

let childSeq = 0;
/**
 * Runs one of src/child/*.mjs as its own process with a JSON input; the child writes its
 * result to a file (stdout is left to the tools, which print spinners and notices).
 */
export function runChild(script, input, { cwd, env, timeoutMs } = {}) {
  const out = join(tmpdir(), `retort-bench-${process.pid}-${++childSeq}.json`);
  try {
    const r = runProcess([script, JSON.stringify({ ...input, out })], { cwd, env, timeoutMs });
    return { ms: r.ms, peakMiB: r.peakMiB, ...JSON.parse(readFileSync(out, 'utf8')) };
  } finally {
    rmSync(out, { force: true });
  }
}

export const fmt = (ms) =>
  !Number.isFinite(ms) ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
