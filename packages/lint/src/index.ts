export type { Finding, FileReport, RecordedCall, Severity, TableRef, TableSize } from './finding';
export { SEVERITIES } from './finding';
export { RULES, type RuleId, type RuleInfo } from './rules/rule-catalog';
export { lintOperations, type LintOptions } from './rules/lint-operations';
export { parseSuppressions, applySuppressions, type Suppression } from './source/suppressions';
export { recordUpgrade, type RecordedUpgrade } from './source/record-upgrade';
export { readTableSizes, formatSize, type Queryable } from './table-sizes';
export {
  lintRevisions,
  lintOperationList,
  summarize,
  fails,
  type LintRequest,
  type LintReport,
  type LintTarget,
  type LintSummary,
} from './lint-revisions';
export {
  formatLintReport,
  markdownRows,
  describe,
  type LintFormat,
  type FormatOptions,
} from './format/format-report';
