import { IrreversibleOperationError, reverseOp, type Operation } from '@retort/ops';
import { objectKindSamples as s } from './sample-object-kind-operations';

describe('reverseOp for exclusion constraints, row-level security, policies and roles', () => {
  it.each<[string, Operation, Operation]>([
    [
      'createExclusionConstraint → dropConstraint with its definition',
      s.createExclusionConstraint,
      {
        kind: 'dropConstraint',
        name: 'no_overlap',
        table: 'bookings',
        schema: 'app',
        definition: {
          type: 'exclusion',
          expression: 'USING gist (during WITH &&)',
          deferrable: true,
          initiallyDeferred: true,
        },
      },
    ],
    [
      'enable → disable row level security',
      s.setRowLevelSecurity,
      { kind: 'setRowLevelSecurity', table: 'order', enabled: false },
    ],
    [
      'createPolicy → dropPolicy with its definition',
      s.createPolicy,
      {
        kind: 'dropPolicy',
        name: 'own rows',
        table: 'order',
        definition: {
          as: 'restrictive',
          for: 'update',
          to: ['app user', 'current_user', 'public'],
          using: '(owner = CURRENT_USER)',
          withCheck: '(owner = CURRENT_USER)',
        },
      },
    ],
    [
      'alterPolicy swaps the changes and the previous values',
      s.alterPolicy,
      {
        kind: 'alterPolicy',
        name: 'own rows',
        table: 'order',
        to: ['public'],
        using: '(id > 0)',
        existing: { to: ['reader'], using: '(id > 1)' },
      },
    ],
    [
      'dropPolicy → createPolicy',
      s.dropPolicy,
      { kind: 'createPolicy', name: 'own rows', table: 'order', for: 'select', using: '(id > 0)' },
    ],
    [
      'createRole → dropRole',
      s.createRole,
      { kind: 'dropRole', name: 'app"admin', definition: { createDb: true, inherit: false } },
    ],
    [
      'alterRole swaps',
      s.alterRole,
      { kind: 'alterRole', name: 'reader', createRole: false, existing: { createRole: true } },
    ],
    ['dropRole → createRole', s.dropRole, { kind: 'createRole', name: 'reader', createDb: true }],
  ])('%s', (_name, op, expected) => {
    expect(reverseOp(op)).toStrictEqual(expected);
    expect(reverseOp(reverseOp(op))).toStrictEqual(op);
  });

  it.each<[Operation, string]>([
    [
      { kind: 'alterPolicy', name: 'p', table: 't', using: 'true' },
      'previous state of policy p on t',
    ],
    [
      { kind: 'dropPolicy', name: 'p', table: 't' },
      'policy p on t was dropped without its definition',
    ],
    [{ kind: 'alterRole', name: 'r', createDb: true }, 'previous state of role r'],
    [{ kind: 'dropRole', name: 'r' }, 'role r was dropped without its definition'],
  ])('refuses %o without what it needs', (op, message) => {
    expect(() => reverseOp(op)).toThrow(IrreversibleOperationError);
    expect(() => reverseOp(op)).toThrow(message);
  });
});
