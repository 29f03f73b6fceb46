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

describe('renderBody autocommit blocks', () => {
  it('wraps a CONCURRENTLY statement in an explicit block with the reason', () => {
    expect(
      renderBody([{ op: { kind: 'createIndex', name: 'ix', table: 't', columns: [{ column: 'a' }], concurrently: true } }]),
    ).toStrictEqual([
      [
        '// Commits the migration so far, then runs on its own: PostgreSQL cannot run CREATE INDEX CONCURRENTLY inside a transaction.',
        'await op.autocommitBlock(async () => {',
        "await op.createIndex('ix', 't', ['a'], { concurrently: true });",
        '});',
      ].join('\n'),
    ]);
  });

  it('wraps ADD VALUE only when a later operation uses the new value', () => {
    const add: Operation = { kind: 'addEnumValue', name: 'mood', value: 'happy' };
    expect(renderBody([{ op: add }, { op: dropLogins }])).toStrictEqual([
      "await op.addEnumValue('mood', 'happy');",
      "await op.dropColumn('users', 'login_count');",
    ]);
    const useAsDefault: Operation = { kind: 'alterColumn', table: 'people', column: 'mood', default: "'happy'::mood" };
    const [wrapped, usedBelow] = renderBody([{ op: add }, { op: useAsDefault }]);
    expect(wrapped).toBe(
      [
        "// Commits the migration so far, then runs on its own: the value 'happy' is used below, and PostgreSQL makes a new enum value usable only once it is committed.",
        'await op.autocommitBlock(async () => {',
        "await op.addEnumValue('mood', 'happy');",
        '});',
      ].join('\n'),
    );
    expect(usedBelow).toContain("await op.alterColumn('people', 'mood'");
    const [inserted] = renderBody([{ op: add }, { op: { kind: 'bulkInsert', table: 'people', rows: [{ mood: 'happy' }] } }]);
    expect(inserted).toContain('op.autocommitBlock');
  });
});
