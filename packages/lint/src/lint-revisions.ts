import { readFileSync } from 'node:fs';
import type { Operation } from '@retort/ops';
import { atLeast, type FileReport, type Finding, type Severity } from './finding';
import { finding, lintOperations } from './rules/lint-operations';
import { recordUpgrade } from './source/record-upgrade';
import { applySuppressions } from './source/suppressions';
import { readTableSizes, withSizes, type Queryable } from './table-sizes';

/** One revision file to lint. */
export interface LintTarget {
  file: string;
  revision: string;
  message: string;
}

export interface LintRequest {
  /** Oldest first: a NOT NULL check validated by one revision counts for the next. */
  targets: readonly LintTarget[];
  /** `-x KEY=VALUE` pairs, as `op.args` for the migration files. */
  args?: Readonly<Record<string, string>>;
  lockTimeoutConfigured: boolean;
  /** A connection to read table sizes from; null when linting offline. */
  db: Queryable | null;
}

export interface LintReport {
  files: FileReport[];
  /** Whether table sizes were read from a database. */
  sizes: boolean;
}

async function lintFile(
  target: LintTarget,
  request: LintRequest,
  validatedNotNull: Set<string>,
): Promise<FileReport> {
  const { calls, error } = await recordUpgrade(target.file, request.args ?? {});
  const findings = lintOperations(calls, {
    lockTimeoutConfigured: request.lockTimeoutConfigured,
    validatedNotNull,
  });
  if (error) {
    findings.push(
      finding('unreadable-revision', {
        message: `upgrade() threw after ${calls.length} operation(s) while being recorded, so the rest was not linted: ${error.message}`,
        hint: 'upgrade() should only call op.*; read data in a separate script, or branch on op.args.',
        line: null,
        operation: null,
      }),
    );
  }
  const text = readFileSync(target.file, 'utf8');
  const byLine = (f: Finding) => f.line ?? Number.POSITIVE_INFINITY;
  return {
    ...target,
    findings: applySuppressions(findings, text, calls).sort((a, b) => byLine(a) - byLine(b)),
  };
}

/** Lints revision files (their upgrade()), with table sizes when a database is given. */
export async function lintRevisions(request: LintRequest): Promise<LintReport> {
  const validatedNotNull = new Set<string>();
  const files: FileReport[] = [];
  for (const target of request.targets)
    files.push(await lintFile(target, request, validatedNotNull));
  if (!request.db) return { files, sizes: false };
  const sizes = await readTableSizes(
    request.db,
    files.flatMap((f) => f.findings.flatMap((x) => (x.table ? [x.table] : []))),
  );
  return {
    files: files.map((f) => ({ ...f, findings: withSizes(f.findings, sizes) })),
    sizes: true,
  };
}

/** Lints operations that are not in a file yet (what `check` would write), with sizes when a database is given. */
export async function lintOperationList(
  steps: readonly { op: Operation; inAutocommitBlock: boolean }[],
  options: { lockTimeoutConfigured: boolean; db: Queryable | null },
): Promise<Finding[]> {
  const findings = lintOperations(
    steps.map((step) => ({ ...step, line: null })),
    options,
  );
  if (!options.db) return findings;
  return withSizes(
    findings,
    await readTableSizes(
      options.db,
      findings.flatMap((f) => (f.table ? [f.table] : [])),
    ),
  );
}

export interface LintSummary {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
}

export function summarize(findings: readonly Finding[]): LintSummary {
  const summary: LintSummary = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) summary.suppressed += 1;
    else summary[f.severity] += 1;
  }
  return summary;
}

/** Whether an unsuppressed finding is at or above `threshold` (`--fail-on`). */
export function fails(findings: readonly Finding[], threshold: Severity | 'never'): boolean {
  return (
    threshold !== 'never' && findings.some((f) => !f.suppressed && atLeast(f.severity, threshold))
  );
}
