/** Options whose value may start with "-" (a relative revision such as -3 or -3:current). */
const REVISION_VALUED = new Set(['-r', '--rev-range', '--head']);

/**
 * yargs reads `history -r -3:current` as the flags -3, -:, … Glue such a value to its option
 * (`--rev-range=-3:current`) before parsing.
 */
export function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--') return [...out, ...argv.slice(i)];
    if (REVISION_VALUED.has(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** Whether the user asked for JSON (`--json`, or `--format json` on check/diff). */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--json' || a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
}
