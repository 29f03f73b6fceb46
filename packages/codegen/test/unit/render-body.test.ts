import type { Operation } from '@retort/ops';
import { renderBody, renderHazardComment } from '@retort/codegen';

const dropLogins: Operation = { kind: 'dropColumn', table: 'users', column: 'login_count' };

describe('renderHazardComment', () => {
  it('writes the hazard and the safer way', () => {
    expect(
      renderHazardComment({
        code: 'DATA_LOSS',
        message: 'drops column users.login_count',
        suggestion: 'copy the values elsewhere first',
      }),
    ).toStrictEqual([
      '// ⚠ data loss: drops column users.login_count',
      '//   safer: copy the values elsewhere first',
    ]);
  });

  it('reads kebab, snake and camel codes as words and skips an empty suggestion', () => {
    expect(
      renderHazardComment({ code: 'tableRewrite', message: 'rewrites users', suggestion: ' ' }),
    ).toStrictEqual(['// ⚠ table rewrite: rewrites users']);
    expect(
      renderHazardComment({ code: 'access-exclusive-lock', message: 'locks', suggestion: '' }),
    ).toStrictEqual(['// ⚠ access exclusive lock: locks']);
  });

  it('keeps every line a comment, whatever the text holds', () => {
    const lines = renderHazardComment({
      code: 'DATA_LOSS',
      message: 'drops a\nand b\r\nand c\u2028done',
      suggestion: 'first\rsecond',
    });
    expect(lines).toStrictEqual([
      '// ⚠ data loss: drops a',
      '//     and b',
      '//     and c',
      '//     done',
      '//   safer: first',
      '//     second',
    ]);
    for (const line of lines) expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe('renderBody', () => {
  it('puts hazard comments right above their operation, in the same entry', () => {
    expect(
      renderBody([
        { op: { kind: 'createSchema', name: 'app' } },
        {
          op: dropLogins,
          hazards: [
            {
              code: 'DATA_LOSS',
              message: 'drops column users.login_count',
              suggestion: 'back it up',
            },
            { code: 'LOCK', message: 'takes an ACCESS EXCLUSIVE lock on users', suggestion: '' },
          ],
        },
      ]),
    ).toStrictEqual([
      "await op.createSchema('app');",
      [
        '// ⚠ data loss: drops column users.login_count',
        '//   safer: back it up',
        '// ⚠ lock: takes an ACCESS EXCLUSIVE lock on users',
        "await op.dropColumn('users', 'login_count');",
      ].join('\n'),
    ]);
  });

  it('throws for a step that cannot be done, never leaving it out', () => {
    expect(
      renderBody([
        { irreversible: "Cannot downgrade: PostgreSQL cannot remove enum value 'x' from mood" },
      ]),
    ).toStrictEqual([
      "throw new Error('Cannot downgrade: PostgreSQL cannot remove enum value \\'x\\' from mood');",
    ]);
  });

  it('passes render options on', () => {
    const op: Operation = { ...dropLogins, definition: { name: 'login_count', type: 'integer' } };
    expect(renderBody([{ op }], { keepDropDefinitions: true })).toStrictEqual([
      "await op.dropColumn('users', 'login_count', { definition: { name: 'login_count', type: 'integer' } });",
    ]);
  });
});
