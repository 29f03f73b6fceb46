import { formatLintReport, formatSize, type LintReport } from '@retort/lint';

const report: LintReport = {
  sizes: true,
  files: [
    {
      file: '/p/migrations/versions/r1_x.ts',
      revision: 'r1',
      message: 'x',
      findings: [
        {
          rule: 'unchecked-sql',
          severity: 'info',
          message: 'op.execute() runs raw SQL the lint does not check: SELECT a | b',
          hint: 'Review it.',
          line: 3,
          operation: 0,
        },
        {
          rule: 'drop-table',
          severity: 'warning',
          message: 'Dropping t loses its data.',
          hint: 'Deploy first.',
          line: 4,
          operation: 1,
          table: { name: 't' },
          size: { rows: 1_234_567, bytes: 3 * 1024 ** 3 },
          suppressed: { reason: 'empty | unused', scope: 'operation' },
        },
      ],
    },
  ],
};

describe('lint reports', () => {
  it('formats sizes like the hazard messages', () => {
    expect(formatSize({ rows: 12_400_000, bytes: 3.1 * 1024 ** 3 })).toBe('~12.4M rows, 3.1 GB');
    expect(formatSize({ rows: 0, bytes: 512 })).toBe('~0 rows, 512 B');
    expect(formatSize({ rows: null, bytes: 8192 })).toBe('rows unknown (never analyzed), 8.0 kB');
  });

  it('text: line, severity or suppression, fix or reason, counts', () => {
    expect(formatLintReport(report, 'text', { path: (f) => f.replace('/p/', '') })).toBe(
      [
        'migrations/versions/r1_x.ts (r1: x)',
        '  3: info unchecked-sql: op.execute() runs raw SQL the lint does not check: SELECT a | b',
        '      fix: Review it.',
        '  4: suppressed drop-table: Dropping t loses its data. (t: ~1.2M rows, 3.0 GB)',
        '      reason: empty | unused',
        '0 error(s), 0 warning(s), 1 unchecked/info, 1 suppressed in 1 revision(s)',
      ].join('\n'),
    );
  });

  it('markdown escapes table cells', () => {
    const md = formatLintReport(report, 'markdown', { path: (f) => f.replace('/p/', '') });
    expect(md.split('\n').slice(0, 6)).toStrictEqual([
      '### retort lint',
      '',
      '| Where | Severity | Rule | Finding | Fix |',
      '| --- | --- | --- | --- | --- |',
      '| migrations/versions/r1_x.ts:3 | info | `unchecked-sql` | op.execute() runs raw SQL the lint does not check: SELECT a \\| b | Review it. |',
      '| migrations/versions/r1_x.ts:4 | suppressed (empty \\| unused) | `drop-table` | Dropping t loses its data. (t: ~1.2M rows, 3.0 GB) | Deploy first. |',
    ]);
  });

  it('json carries the summary and every finding', () => {
    const json = JSON.parse(formatLintReport(report, 'json')) as {
      summary: object;
      files: { findings: unknown[] }[];
    };
    expect(json.summary).toStrictEqual({ error: 0, warning: 0, info: 1, suppressed: 1 });
    expect(json.files[0]!.findings).toHaveLength(2);
  });
});
