import { colorEnabled, createTheme, type Theme } from './colors';

// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

export interface OutputOptions {
  quiet: boolean;
  /** --json: results are JSON on stdout; notices stay on stderr, never redrawn. */
  json?: boolean;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

/**
 * The only place that writes to the terminal. Results go to stdout, notices to stderr
 * (silenced by --quiet). Each stream is coloured only when it is a terminal (see colors.ts);
 * file contents and --sql scripts are written as given, never styled.
 */
export class Output {
  readonly quiet: boolean;
  readonly json: boolean;
  /** Styles for text written with result(). */
  readonly out: Theme;
  /** Styles for text written with info()/warn(). */
  readonly err: Theme;
  private readonly stdout: NodeJS.WriteStream;
  private readonly stderr: NodeJS.WriteStream;
  private readonly env: NodeJS.ProcessEnv;
  private liveLine = false;

  constructor(options: OutputOptions) {
    this.quiet = options.quiet;
    this.json = options.json === true;
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.env = options.env ?? process.env;
    this.out = createTheme(colorEnabled(this.stdout, this.env));
    this.err = createTheme(colorEnabled(this.stderr, this.env));
  }

  /** Command results (always printed). */
  result(text: string): void {
    this.clearLive();
    this.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  }

  data(value: unknown): void {
    this.clearLive();
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Progress and notices (stderr; silenced by --quiet). */
  info(text: string): void {
    if (this.quiet) return;
    this.clearLive();
    this.stderr.write(`${text}\n`);
  }

  warn(text: string): void {
    this.clearLive();
    this.stderr.write(`${text}\n`);
  }

  /** Whether progress may redraw one line: stderr is a terminal, and neither --quiet nor --json. */
  get canRedraw(): boolean {
    return !this.quiet && !this.json && this.stderr.isTTY === true && this.env.TERM !== 'dumb';
  }

  /** A progress line that the next one replaces (plain info() where it cannot redraw). */
  live(text: string): void {
    if (!this.canRedraw) return this.info(text);
    const width = (this.stderr.columns || 100) - 1;
    const plain = stripAnsi(text);
    this.stderr.write(`\r\x1b[2K${plain.length > width ? `${plain.slice(0, width - 1)}…` : text}`);
    this.liveLine = true;
  }

  private clearLive(): void {
    if (!this.liveLine) return;
    this.stderr.write('\r\x1b[2K');
    this.liveLine = false;
  }
}
