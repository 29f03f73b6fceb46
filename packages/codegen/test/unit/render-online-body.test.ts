import type { Operation } from '@retort/ops';
import { renderBody, renderOperation } from '@retort/codegen';

const index: Operation = {
  kind: 'createIndex',
  name: 'ix',
  table: 'orders',
  columns: [{ column: 'a' }],
  concurrently: true,
};
const validate: Operation = { kind: 'validateConstraint', name: 'fk', table: 'orders' };
const fk: Operation = {
  kind: 'createForeignKey',
  name: 'fk',
  table: 'orders',
  columns: ['user_id'],
  referencedTable: 'users',
  referencedColumns: ['id'],
  notValid: true,
};

describe('online plan bodies', () => {
  it('renders setLockTimeout and usingIndex', () => {
    expect(renderOperation({ kind: 'setLockTimeout', timeout: '5s' })).toBe(
      "await op.setLockTimeout('5s');",
    );
    expect(
      renderOperation({
        kind: 'createUniqueConstraint',
        name: 'k',
        table: 't',
        columns: ['a'],
        usingIndex: 'k',
      }),
    ).toBe("await op.createUniqueConstraint('k', 't', ['a'], { usingIndex: 'k' });");
  });

  it('writes each note above its call, and consecutive autocommit entries into one block', () => {
    expect(
      renderBody([
        { op: fk, note: 'NOT VALID: brief lock' },
        { op: validate, autocommit: true, note: 'VALIDATE: writes go on' },
        { op: index, autocommit: true },
        { op: { kind: 'dropConstraint', name: 'x', table: 'orders' } },
      ]),
    ).toStrictEqual([
      "// NOT VALID: brief lock\nawait op.createForeignKey('fk', 'orders', 'users', ['user_id'], ['id'], { notValid: true });",
      [
        '// Commits the migration so far; each statement below then commits on its own, so no lock is held for long.',
        'await op.autocommitBlock(async () => {',
        '// VALIDATE: writes go on',
        "await op.validateConstraint('fk', 'orders');",
        "await op.createIndex('ix', 'orders', ['a'], { concurrently: true });",
        '});',
      ].join('\n'),
      "await op.dropConstraint('x', 'orders');",
    ]);
  });

  it('a non-transactional operation not marked autocommit still gets its own block', () => {
    const [text] = renderBody([{ op: index, note: 'why' }]);
    expect(text).toContain('await op.autocommitBlock(async () => {\n// why\n');
  });
});
