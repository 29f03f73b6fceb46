import { renderHazardComment, renderOperation } from '@retort/codegen';
import { summarize, type DiffEntry } from '@retort/diff';
import { groupChanges } from './change-groups';
import { sqlOf } from './change-sql';
import { hazardSeverity } from './hazard-severity';

/** Terminal styles for the text format (the CLI passes colours; plain by default). */
export interface ChangeStyle {
  heading(text: string): string;
  /** Data loss, failures on existing data. */
  danger(text: string): string;
  /** Locks and rewrites. */
  warning(text: string): string;
  dim(text: string): string;
}

export const PLAIN_STYLE: ChangeStyle = { heading: (t) => t, danger: (t) => t, warning: (t) => t, dim: (t) => t };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const indent = (text: string, by = '  ') => text.split('\n').map((l) => `${by}${l}`);
/** `data-loss` → `data loss`, as in the hazard comments of generated files. */
const label = (code: string) => code.replace(/[-_]+/g, ' ').toLowerCase();

/** `check`/`diff` for people: operations grouped by table, hazards marked and summed up at the end. */
export function formatChangesText(entries: readonly DiffEntry[], options: { sql?: boolean; style?: ChangeStyle } = {}): string {
  const s = options.style ?? PLAIN_STYLE;
  const groups = groupChanges(entries);
  const tables = groups.filter((g) => g.subject.kind === 'table').length;
  const others = groups.length - tables;
  const where = [tables ? plural(tables, 'table') : '', others ? plural(others, tables ? 'other object' : 'object') : ''].filter(Boolean).join(' and ');
  const out = [s.heading(`${plural(entries.length, 'change')} detected in ${where}:`)];
  for (const { subject, entries: group } of groups) {
    out.push('', s.heading(`${subject.kind} ${subject.name}`));
    for (const entry of group) {
      for (const h of entry.hazards) out.push(...indent(renderHazardComment(h).join('\n')).map(hazardStyle(s, h.code)));
      out.push(...indent(renderOperation(entry.op)));
      if (options.sql) for (const sql of sqlOf(entry)) out.push(...indent(sql, '    -- ').map(s.dim));
    }
  }
  out.push('', ...summary(entries, s));
  return out.join('\n');
}

const hazardStyle = (s: ChangeStyle, code: string) => (hazardSeverity(code) === 'danger' ? s.danger : s.warning);

function summary(entries: readonly DiffEntry[], s: ChangeStyle): string[] {
  const { counts, hazards } = summarize([...entries]);
  const lines = [`Operations: ${Object.entries(counts).map(([kind, n]) => `${kind} ×${n}`).join(', ')}`];
  if (hazards.length === 0) return [...lines, 'No hazards.'];
  const byCode = new Map<string, number>();
  for (const h of hazards) byCode.set(h.code, (byCode.get(h.code) ?? 0) + 1);
  const worst = hazards.some((h) => hazardSeverity(h.code) === 'danger') ? s.danger : s.warning;
  lines.push(worst(`⚠ ${plural(hazards.length, 'hazard')}: ${[...byCode].map(([code, n]) => `${n} ${label(code)}`).join(', ')}`));
  for (const h of hazards) lines.push(hazardStyle(s, h.code)(`  ${label(h.code)}: ${h.message}`));
  return lines;
}
