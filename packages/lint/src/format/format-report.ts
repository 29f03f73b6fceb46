import type { Finding } from '../finding';
import { summarize, type LintReport } from '../lint-revisions';
import { formatSize } from '../table-sizes';

export type LintFormat = 'text' | 'json' | 'markdown';

export interface FormatOptions {
  /** How a file's path is shown (e.g. relative to the working directory). */
  path?: (file: string) => string;
}

/** The finding's message with the table's size when the database was read. */
export function describe(f: Finding): string {
  return f.size ? `${f.message} (${f.table?.name}: ${formatSize(f.size)})` : f.message;
}

function countLine(findings: readonly Finding[], files: number): string {
  const s = summarize(findings);
  const parts = [
    `${s.error} error(s)`,
    `${s.warning} warning(s)`,
    `${s.info} unchecked/info`,
    `${s.suppressed} suppressed`,
  ];
  return `${parts.join(', ')} in ${files} revision(s)`;
}

function text(report: LintReport, options: FormatOptions): string {
  const out: string[] = [];
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    out.push(
      `${options.path?.(file.file) ?? file.file} (${file.revision}${file.message ? `: ${file.message}` : ''})`,
    );
    for (const f of file.findings) {
      const where = f.line === null ? '  -' : `  ${f.line}`;
      const label = f.suppressed ? `suppressed ${f.rule}` : `${f.severity} ${f.rule}`;
      out.push(`${where}: ${label}: ${describe(f)}`);
      out.push(f.suppressed ? `      reason: ${f.suppressed.reason}` : `      fix: ${f.hint}`);
    }
  }
  const all = report.files.flatMap((f) => f.findings);
  out.push(
    all.length === 0
      ? `No findings in ${report.files.length} revision(s).`
      : countLine(all, report.files.length),
  );
  if (!report.sizes) out.push('(no database read: table sizes not shown)');
  return out.join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Markdown table rows of findings; `where` names the revision and line of each. */
export function markdownRows(rows: readonly { where: string; finding: Finding }[]): string[] {
  const out = ['| Where | Severity | Rule | Finding | Fix |', '| --- | --- | --- | --- | --- |'];
  for (const { where, finding: f } of rows) {
    const severity = f.suppressed ? `suppressed (${cell(f.suppressed.reason)})` : f.severity;
    out.push(
      `| ${cell(where)} | ${severity} | \`${f.rule}\` | ${cell(describe(f))} | ${cell(f.hint)} |`,
    );
  }
  return out;
}

function markdown(report: LintReport, options: FormatOptions): string {
  const all = report.files.flatMap((f) => f.findings);
  const out = ['### retort lint', ''];
  if (all.length === 0)
    return [...out, `No findings in ${report.files.length} revision(s).`].join('\n');
  const rows = report.files.flatMap((file) =>
    file.findings.map((finding) => ({
      where: `${options.path?.(file.file) ?? file.file}${finding.line === null ? '' : `:${finding.line}`}`,
      finding,
    })),
  );
  out.push(...markdownRows(rows), '', countLine(all, report.files.length));
  return out.join('\n');
}

export function formatLintReport(
  report: LintReport,
  format: LintFormat,
  options: FormatOptions = {},
): string {
  if (format === 'json') {
    const all = report.files.flatMap((f) => f.findings);
    return JSON.stringify(
      { summary: summarize(all), sizes: report.sizes, files: report.files },
      null,
      2,
    );
  }
  return format === 'markdown' ? markdown(report, options) : text(report, options);
}
