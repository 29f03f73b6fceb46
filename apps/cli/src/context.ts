import { RetortError } from '@retort/errors';
import type { Driver, ResolvedConfig } from '@retort/runtime';
import { Output } from './output';

/** Options every command accepts (see `retort --help`). */
export interface GlobalArgs {
  config?: string;
  url?: string;
  x?: string[];
  'connect-timeout'?: number;
  quiet?: boolean;
  json?: boolean;
  debug?: boolean;
}

/** What a command handler needs: its output, the config (loaded on first use), a driver. */
export class CommandContext {
  readonly output: Output;
  private configPromise: Promise<ResolvedConfig> | undefined;

  constructor(readonly args: GlobalArgs, readonly cwd: string = process.cwd()) {
    this.output = new Output({ quiet: args.quiet === true, json: args.json === true });
  }

  async runtime(): Promise<typeof import('@retort/runtime')> {
    return import('@retort/runtime');
  }

  config(): Promise<ResolvedConfig> {
    this.configPromise ??= this.runtime().then((rt) => {
      // retort.config.ts imports 'retort-migrate': resolve it even where the project does not list it
      rt.addResolveFallback('retort-migrate', require.resolve('./index'));
      return rt.loadConfig({ cwd: this.cwd, configFile: this.args.config, url: this.args.url });
    });
    return this.configPromise;
  }

  /** `-x KEY=VALUE` pairs, readable by migration files as `op.args`. */
  xArgs(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const pair of this.args.x ?? []) {
      const eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new RetortError('BAD_ARGUMENT', `-x expects KEY=VALUE, got "${pair}".`, {
          hint: 'For example: retort upgrade head -x tenant=acme',
          exitCode: 2,
        });
      }
      out[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return out;
  }

  /** --connect-timeout, else the config's connectTimeout (seconds). */
  private connectTimeoutS(config: ResolvedConfig, rt: typeof import('@retort/runtime')): number {
    const flag = this.args['connect-timeout'];
    if (flag === undefined) return config.connectTimeoutS;
    if (!rt.isConnectTimeout(flag)) {
      throw new RetortError('BAD_ARGUMENT', `--connect-timeout expects a positive number of seconds, got "${String(flag)}".`, {
        hint: 'For example: --connect-timeout 30',
        exitCode: 2,
      });
    }
    return flag;
  }

  /** Opens the configured database, runs `fn`, and always closes the connection. */
  async withDriver<T>(fn: (driver: Driver, config: ResolvedConfig) => Promise<T>, lockTimeoutMs?: number): Promise<T> {
    const config = await this.config();
    const rt = await this.runtime();
    const driver = await rt.openDriver(config.url, {
      connectTimeoutS: this.connectTimeoutS(config, rt),
      baseDir: this.args.url || process.env.RETORT_DATABASE_URL ? this.cwd : config.rootDir,
      wait: { timeoutMs: lockTimeoutMs ?? config.migrationLockTimeoutMs, onWaiting: (m) => this.output.info(m) },
    });
    try {
      return await fn(driver, config);
    } finally {
      await driver.close();
    }
  }
}
