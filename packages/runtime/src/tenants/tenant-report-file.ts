import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RetortError } from '@retort/errors';
import type { ResolvedConfig } from '../config/config-types';
import { writeFilesAtomically } from '../files/write-files';
import type { TenantOutcome } from './tenant-types';

/** The last fan-out's report, kept for `--only-failed` (under the project's .retort/, git-ignored). */
export function tenantReportPath(config: ResolvedConfig): string {
  return join(config.rootDir, '.retort', 'tenants-report.json');
}

export interface TenantReport {
  command: string;
  finishedAt: string;
  tenants: TenantOutcome[];
}

/** `.retort/` holds local state (the PGlite database, the last tenant report); it ignores itself in git. */
export const RETORT_DIR_GITIGNORE = { name: '.gitignore', content: '# local retort state (embedded database, last tenant report)\n*\n' };

export function saveTenantReport(config: ResolvedConfig, report: TenantReport): string {
  const file = tenantReportPath(config);
  const ignore = join(dirname(file), RETORT_DIR_GITIGNORE.name);
  if (!existsSync(ignore)) writeFilesAtomically([{ path: ignore, content: RETORT_DIR_GITIGNORE.content }], { overwrite: true });
  writeFilesAtomically([{ path: file, content: `${JSON.stringify(report, null, 2)}\n` }], { overwrite: true });
  return file;
}

/** The tenants the last report did not bring through: failed, or never started after a stop. */
export function unfinishedTenantsOfLastReport(config: ResolvedConfig): string[] {
  const file = tenantReportPath(config);
  if (!existsSync(file)) {
    throw new RetortError('NO_TENANT_REPORT', `--only-failed needs the last tenant report, and ${file} does not exist.`, {
      hint: 'Run the command with --tenants first; its report is kept there.',
      exitCode: 2,
    });
  }
  let report: TenantReport;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as TenantReport;
    if (!Array.isArray(report.tenants)) throw new Error('no "tenants" array');
  } catch (error) {
    throw new RetortError('BAD_TENANT_REPORT', `${file} is not a tenant report (${(error as Error).message}).`, {
      hint: 'Delete it and run the command with --tenants again.',
    });
  }
  return report.tenants.filter((t) => t.status !== 'ok').map((t) => t.name);
}
