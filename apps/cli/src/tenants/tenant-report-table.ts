import type { TenantOutcome, TenantProgress, TenantsSummary } from '@retort/runtime';

const heads = (revs: readonly string[] | null) => (revs === null ? '?' : revs.length ? revs.join(',') : 'base');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

/** The report a fan-out ends with: one row per tenant (from → to, duration, status, error). */
export function formatTenantReport(outcomes: readonly TenantOutcome[]): string {
  const rows = [['TENANT', 'FROM', 'TO', 'DURATION', 'STATUS', 'ERROR']];
  for (const o of outcomes) {
    const error = o.error ? `${o.error.code}: ${o.error.message.split('\n')[0]}` : '';
    rows.push([o.name, heads(o.from), heads(o.to), o.status === 'not-started' ? '' : `${o.durationMs} ms`, o.status, error]);
  }
  return `${table(rows)}\n${tally(outcomes)}`;
}

export function tally(outcomes: readonly TenantOutcome[]): string {
  const n = (s: TenantOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return `${outcomes.length} tenants: ${n('ok')} ok, ${n('failed')} failed, ${n('not-started')} not started.`;
}

/** `current --tenants`: tenants per revision, then the ones behind. */
export function formatTenantsSummary(summary: TenantsSummary): string {
  const rows = [['TENANTS', 'REVISION', '']];
  for (const g of summary.atRevision) rows.push([String(g.count), heads(g.revisions), g.atHead ? '(head)' : '(behind)']);
  const lines = [table(rows)];
  if (summary.behind.length) lines.push(`Behind the head (${heads(summary.heads)}): ${summary.behind.join(', ')}`);
  if (summary.failed.length) lines.push(`Could not read: ${summary.failed.join(', ')}`);
  return lines.join('\n');
}

export function formatProgress(p: TenantProgress): string {
  return `Tenants: ${p.done + p.failed}/${p.total} finished (${p.done} done, ${p.failed} failed), ${p.running} running, ${p.ratePerSecond.toFixed(1)}/s`;
}
