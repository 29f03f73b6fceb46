/** The only place that writes to the terminal. `quiet` silences informational lines. */
export class Output {
  constructor(readonly quiet: boolean) {}

  /** Command results (always printed). */
  result(text: string): void {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  data(value: unknown): void {
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Progress and notices (stderr; silenced by --quiet). */
  info(text: string): void {
    if (!this.quiet) process.stderr.write(`${text}\n`);
  }

  warn(text: string): void {
    process.stderr.write(`${text}\n`);
  }
}
