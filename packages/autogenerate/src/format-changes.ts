import { renderHazardComment, renderOperation } from '@retort/codegen';
import type { DiffEntry } from '@retort/diff';
import { compileOperation, renderStatementOffline } from '@retort/ops';
import { sqlOf } from './change-sql';
import type { PlannedUpgrade } from './render-migration';
import { formatChangesText, type ChangeStyle } from './format-changes-text';
import { hazardSeverity } from './hazard-severity';

export type ChangeFormat = 'text' | 'json' | 'markdown';

/** What `check` and `diff` print: each upgrade operation, its hazards and (optionally) its SQL. */
export function formatChanges(
  entries: readonly DiffEntry[],
  format: ChangeFormat,
  options: {
    sql?: boolean;
    style?: ChangeStyle;
    notes?: readonly string[];
    /** markdown: the upgrade as the revision file would hold it (plan forms), not the bare diff. */
    planned?: PlannedUpgrade;
  } = {},
): string {
  if (format === 'json') {
    const operations = entries.map((e) => ({
      kind: e.op.kind,
      operation: e.op,
      hazards: e.hazards.map((h) => ({ ...h, severity: hazardSeverity(h.code) })),
      sql: sqlOf(e),
    }));
    return JSON.stringify({ changes: entries.length, operations, notes: options.notes ?? [] }, null, 2);
  }
  if (entries.length === 0)
    return format === 'markdown'
      ? '### retort check\n\nNo changes detected.'
      : 'No changes detected';
  if (format === 'markdown') return markdown(entries, options.planned);
  return formatChangesText(entries, options);
}

function markdown(entries: readonly DiffEntry[], planned: PlannedUpgrade | undefined): string {
  const hazards = planned?.hazards ?? entries.reduce((n, e) => n + e.hazards.length, 0);
  const out = [
    `### retort check: ${entries.length} change${entries.length === 1 ? '' : 's'}${hazards ? `, ⚠ ${hazards} hazard${hazards === 1 ? '' : 's'}` : ''}`,
    '',
    'The models and the database differ; `retort revision --autogenerate` would write:',
    '',
    '```ts',
  ];
  if (planned) out.push(...planned.body);
  else
    for (const entry of entries) {
      for (const h of entry.hazards) out.push(...renderHazardComment(h));
      out.push(renderOperation(entry.op));
    }
  const ops = planned ? planned.steps.map((s) => s.op) : entries.map((e) => e.op);
  out.push(
    '```',
    '',
    '<details><summary>SQL</summary>',
    '',
    '```sql',
    ...ops.flatMap((op) => compileOperation(op).map(renderStatementOffline)),
    '```',
    '',
    '</details>',
  );
  return out.join('\n');
}
