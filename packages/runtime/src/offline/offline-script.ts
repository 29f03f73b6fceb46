import { Operations, renderStatementOffline } from '@retort/ops';
import { autocommitExecutor } from '../migrator/autocommit-executor';
import type { PlannedStep } from '../migrator/run-migrations';
import { loadMigrationModule, type MigrationModule } from '../migrator/migration-module';
import { checkTransactionBoundaries } from '../migrator/transaction-boundaries';
import { checksumSql } from '../version/checksum-changes';
import { purgeSql } from '../version/checksum-table';
import {
  clearDirtySql,
  createVersionTableSql,
  markDirtySql,
  versionChangeSql,
  type VersionTableName,
} from '../version/version-table';

export interface OfflineOptions {
  versionTable: VersionTableName;
  transactionPerMigration: boolean;
  args: Readonly<Record<string, string>>;
  /** Written as the first comment line, e.g. "upgrade base:head". */
  title: string;
  /** stamp --purge */
  purge?: boolean;
  /** true when the script starts from base: the version table is created. */
  createVersionTable: boolean;
  loadMigration?(file: string): Promise<MigrationModule>;
}

/**
 * The SQL a run would execute, without connecting (Alembic's --sql): BEGIN/COMMIT, every
 * migration's statements with parameters inlined as literals, and the version-table changes.
 * Autocommit blocks show as COMMIT/BEGIN around them, with the dirty marker of the live run;
 * the script always ensures the version table has its `dirty` column.
 */
export async function renderOfflineScript(steps: PlannedStep[], options: OfflineOptions): Promise<string> {
  const out: string[] = [`-- retort offline script: ${options.title}`, ''];
  let inTransaction = false;
  const begin = () => {
    if (!inTransaction) out.push('BEGIN;', '');
    inTransaction = true;
  };
  const commit = () => {
    if (inTransaction) out.push('COMMIT;', '');
    inTransaction = false;
  };
  let running: PlannedStep | null = null;
  let marked = false;
  const executor = autocommitExecutor({
    inTransaction: () => inTransaction,
    begin: async () => begin(),
    commit: async () => commit(),
    emit: async (statement) => {
      out.push(renderStatementOffline(statement), '');
    },
    async beforeAutocommit() {
      if (!running) return;
      out.push(`-- ${running.revision} is marked dirty until it finishes: the autocommit block commits part of it`, '');
      out.push(`${markDirtySql(options.versionTable, running.revision, running.direction)};`, '');
      marked = true;
    },
  });
  const load = options.loadMigration ?? loadMigrationModule;
  const modules = new Map<string, MigrationModule>();
  for (const step of steps) if (step.runScript && !modules.has(step.file)) modules.set(step.file, await load(step.file));
  await checkTransactionBoundaries(steps, modules, options.args, true);
  begin();
  // from base: the whole version table; otherwise what an older table may lack (checksums, dirty)
  for (const sql of createVersionTableSql(options.versionTable).filter((sql, i, all) => options.createVersionTable || i >= all.length - 2)) {
    out.push(`${sql};`, '');
  }
  if (options.purge) for (const sql of purgeSql(options.versionTable)) out.push(`${sql};`, '');
  for (const step of steps) {
    begin();
    out.push(`-- Running ${step.direction === 'up' ? 'upgrade' : 'downgrade'} ${step.label}`, '');
    if (step.runScript) {
      const mod = modules.get(step.file)!;
      const op = new Operations(executor, { args: options.args, offline: true });
      running = step;
      marked = false;
      await (step.direction === 'up' ? mod.upgrade(op) : mod.downgrade(op));
      running = null;
      if (marked) out.push(`${clearDirtySql(options.versionTable, step.revision, step.direction)};`, '');
    }
    for (const change of step.changes) out.push(`${versionChangeSql(options.versionTable, change)};`, '');
    for (const sql of checksumSql(options.versionTable, step)) out.push(`${sql};`, '');
    if (options.transactionPerMigration) commit();
  }
  commit();
  return out.join('\n');
}
