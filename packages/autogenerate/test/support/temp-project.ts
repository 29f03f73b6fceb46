import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ResolvedConfig } from '@retort/runtime';

/** Temp projects live inside the repository (gitignored) so that user code resolves the ORMs. */
export const TMP_ROOT = resolve(__dirname, '..', '.tmp');
/** drizzle-orm, drizzle-kit and typeorm as the extract package's fixtures use them. */
export const ORM_NODE_MODULES = resolve(__dirname, '..', '..', '..', 'extract', 'node_modules');

export type SchemaSource = { drizzle: string | string[]; casing?: 'snake_case' | 'camelCase' } | { typeorm: string };

/**
 * A throwaway project folder: migrations/versions, a node_modules link to the ORMs, files
 * written from literals, and the resolved config that `retort.config.ts` would produce.
 */
export class TempProject {
  readonly dir: string;

  constructor(prefix = 'project-') {
    mkdirSync(TMP_ROOT, { recursive: true });
    this.dir = mkdtempSync(join(TMP_ROOT, prefix));
    mkdirSync(join(this.dir, 'migrations', 'versions'), { recursive: true });
    symlinkSync(ORM_NODE_MODULES, join(this.dir, 'node_modules'), 'dir');
  }

  get versionsDir(): string {
    return join(this.dir, 'migrations', 'versions');
  }

  write(relativePath: string, text: string): string {
    const file = join(this.dir, relativePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  }

  /** The config `defineConfig({ url, schema, migrations: './migrations' })` resolves to. */
  config(url: string, schema: SchemaSource): ResolvedConfig {
    const migrationsDir = join(this.dir, 'migrations');
    return {
      configFile: join(this.dir, 'retort.config.ts'),
      rootDir: this.dir,
      url,
      schema: {
        drizzle: 'drizzle' in schema ? [schema.drizzle].flat() : [],
        typeorm: 'typeorm' in schema ? schema.typeorm : null,
        casing: 'drizzle' in schema ? (schema.casing ?? null) : null,
        extensions: [],
      },
      migrationsDir,
      versionDirs: [join(migrationsDir, 'versions')],
      versionTable: { schema: null, name: 'retort_version' },
      transactionPerMigration: false,
      lockTimeout: null,
      lockRetries: 3,
      plan: 'online',
      statementTimeout: null,
      migrationLockTimeoutMs: 30_000,
      connectTimeoutS: 10,
      fileTemplate: '{rev}_{slug}',
      filter: { includeSchemas: [], excludeSchemas: [], includeTables: [], excludeTables: [] },
      postWriteHooks: [],
      manageRoles: true,
    };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
