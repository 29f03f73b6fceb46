import { Operations, renderStatementOffline } from '@retort/ops';
import { autocommitExecutor } from '../migrator/autocommit-executor';
import type { PlannedStep } from '../migrator/run-migrations';
import { loadMigrationModule, type MigrationModule } from '../migrator/migration-module';
import {
  createVersionTableSql,
  qualifiedVersionTable,
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
  const executor = autocommitExecutor({
    inTransaction: () => inTransaction,
    begin: async () => begin(),
    commit: async () => commit(),
    emit: async (statement) => {
      out.push(renderStatementOffline(statement), '');
    },
  });
  const load = options.loadMigration ?? loadMigrationModule;
  begin();
  if (options.createVersionTable) for (const sql of createVersionTableSql(options.versionTable)) out.push(`${sql};`, '');
  if (options.purge) out.push(`DELETE FROM ${qualifiedVersionTable(options.versionTable)};`, '');
  for (const step of steps) {
    begin();
    out.push(`-- Running ${step.direction === 'up' ? 'upgrade' : 'downgrade'} ${step.label}`, '');
    if (step.runScript) {
      const mod = await load(step.file);
      const op = new Operations(executor, { args: options.args, offline: true });
      await (step.direction === 'up' ? mod.upgrade(op) : mod.downgrade(op));
    }
    for (const change of step.changes) out.push(`${versionChangeSql(options.versionTable, change)};`, '');
    if (options.transactionPerMigration) commit();
  }
  commit();
  return out.join('\n');
}
