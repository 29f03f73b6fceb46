import { compileOperation, reverseOp, type Operation } from '@retort/ops';

const sqlOf = (op: Operation) => compileOperation(op).map((s) => [s.sql, s.transactional]);

describe('operations of the online plan', () => {
  it('setLockTimeout is a session-wide SET (it must hold across autocommit blocks), quoted', () => {
    expect(sqlOf({ kind: 'setLockTimeout', timeout: '5s' })).toStrictEqual([
      ["SET lock_timeout = '5s'", true],
    ]);
    expect(sqlOf({ kind: 'setLockTimeout', timeout: "1s'; DROP TABLE x; --" })).toStrictEqual([
      ["SET lock_timeout = '1s''; DROP TABLE x; --'", true],
    ]);
  });

  it('setLockTimeout reverses to itself (a setting, not a change)', () => {
    const op: Operation = { kind: 'setLockTimeout', timeout: '2s' };
    expect(reverseOp(op)).toStrictEqual(op);
  });

  it('createUniqueConstraint usingIndex promotes the index, keeping DEFERRABLE', () => {
    const op: Operation = {
      kind: 'createUniqueConstraint',
      name: 'order key',
      table: 'order',
      schema: 'shop',
      columns: ['code'],
      usingIndex: 'order key',
      deferrable: true,
    };
    expect(sqlOf(op)).toStrictEqual([
      [
        'ALTER TABLE "shop"."order" ADD CONSTRAINT "order key" UNIQUE USING INDEX "order key" DEFERRABLE',
        true,
      ],
    ]);
  });

  it('a constraint promoted from an index reverses to a drop whose definition builds it anew', () => {
    const op: Operation = {
      kind: 'createUniqueConstraint',
      name: 'k',
      table: 't',
      columns: ['a'],
      usingIndex: 'k',
    };
    expect(reverseOp(op)).toStrictEqual({
      kind: 'dropConstraint',
      name: 'k',
      table: 't',
      definition: { type: 'unique', columns: ['a'] },
    });
  });
});
