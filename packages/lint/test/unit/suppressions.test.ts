import type { Operation } from '@retort/ops';
import { applySuppressions, lintOperations, parseSuppressions } from '@retort/lint';

const drop: Operation = { kind: 'dropColumn', table: 'orders', column: 'note' };
const rename: Operation = { kind: 'renameTable', table: 'orders', newName: 'purchases' };

function lintText(text: string, calls: { op: Operation; line: number }[]) {
  const recorded = calls.map((c) => ({ ...c, inAutocommitBlock: false }));
  return applySuppressions(
    lintOperations(recorded, { lockTimeoutConfigured: true }),
    text,
    recorded,
  ).map(
    (f) =>
      `${f.line} ${f.rule}${f.suppressed ? ` suppressed(${f.suppressed.scope}: ${f.suppressed.reason})` : ''}`,
  );
}

describe('suppressions', () => {
  it('parses rules and reasons', () => {
    expect(
      parseSuppressions(
        'a\n  // retort-lint-ignore drop-column, rename-table: old code is gone\n// retort-lint-ignore drop-table',
      ),
    ).toStrictEqual([
      { line: 2, rules: ['drop-column', 'rename-table'], reason: 'old code is gone' },
      { line: 3, rules: ['drop-table'], reason: '' },
    ]);
  });

  it('per operation: the comment block just above the call', () => {
    const text = [
      'export async function upgrade(op) {', // 1
      '  // retort-lint-ignore drop-column: unused since v2', // 2
      '  // (deployed 2026-01)', // 3
      '  await op.dropColumn("orders", "note");', // 4
      '  await op.renameTable("orders", "purchases");', // 5
      '}',
    ].join('\n');
    expect(
      lintText(text, [
        { op: drop, line: 4 },
        { op: rename, line: 5 },
      ]),
    ).toStrictEqual(['4 drop-column suppressed(operation: unused since v2)', '5 rename-table']);
  });

  it('per file: above upgrade()', () => {
    const text = [
      '// retort-lint-ignore rename-table, drop-column: maintenance window',
      'export async function upgrade(op) {',
      '  await op.dropColumn("orders", "note");',
      '  await op.renameTable("orders", "purchases");',
      '}',
    ].join('\n');
    expect(
      lintText(text, [
        { op: drop, line: 3 },
        { op: rename, line: 4 },
      ]),
    ).toStrictEqual([
      '3 drop-column suppressed(file: maintenance window)',
      '4 rename-table suppressed(file: maintenance window)',
    ]);
  });

  it('a comment without a reason, with an unknown rule, or attached to nothing is a finding', () => {
    const text = [
      'export async function upgrade(op) {', // 1
      '  // retort-lint-ignore drop-column', // 2
      '  await op.dropColumn("orders", "note");', // 3
      '  // retort-lint-ignore no-such-rule: because', // 4
      '  await op.renameTable("orders", "purchases");', // 5
      '  // retort-lint-ignore drop-table: nothing below', // 6
      '', // 7
      '}',
    ].join('\n');
    const recorded = [
      { op: drop, line: 3, inAutocommitBlock: false },
      { op: rename, line: 5, inAutocommitBlock: false },
    ];
    const findings = applySuppressions(
      lintOperations(recorded, { lockTimeoutConfigured: true }),
      text,
      recorded,
    );
    expect(
      findings.map((f) => `${f.line} ${f.severity} ${f.rule}${f.suppressed ? ' suppressed' : ''}`),
    ).toStrictEqual([
      '3 warning drop-column',
      '5 warning rename-table',
      '2 error bad-suppression',
      '4 error bad-suppression',
      '6 error bad-suppression',
    ]);
    expect(findings[2]!.message).toBe(
      'retort-lint-ignore drop-column gives no reason, so it silences nothing.',
    );
    expect(findings[3]!.message).toBe('retort-lint-ignore names unknown rule(s): no-such-rule.');
  });
});
