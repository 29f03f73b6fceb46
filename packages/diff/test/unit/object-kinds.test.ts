import { diff, downgradeFor } from '@retort/diff';
import type { Policy, Role } from '@retort/schema';
import { col, idTable, model } from './builders';

const policy = (name: string, extra: Partial<Policy> = {}): Policy => ({
  name,
  as: 'permissive',
  for: 'all',
  to: ['public'],
  using: '(id > 0)',
  withCheck: null,
  ...extra,
});
const role = (name: string, extra: Partial<Role> = {}): Role => ({
  name,
  createDb: false,
  createRole: false,
  inherit: true,
  ...extra,
});
const during = {
  name: 'no_overlap',
  expression: 'USING gist (during WITH &&)',
  deferrable: false,
  initiallyDeferred: false,
};
const bookings = (extra = {}) => idTable('bookings', [col('during', 'tstzrange')], extra);
const withEverything = () =>
  model({
    tables: [
      bookings({ exclusions: [during], rowLevelSecurity: true, policies: [policy('mine')] }),
    ],
  });
const ops = (entries: { op: unknown }[]) => entries.map((e) => e.op);
const downgradeOps = (entries: Parameters<typeof downgradeFor>[0]) =>
  downgradeFor(entries).map((step) => ('op' in step ? step.op : step));

describe('exclusion constraints, row-level security, policies and roles', () => {
  it('creates a table, then its exclusion constraint, row-level security and policies', () => {
    const kinds = ops(diff(model(), withEverything())).map((op) => (op as { kind: string }).kind);
    expect(kinds).toEqual([
      'createTable',
      'setRowLevelSecurity',
      'createExclusionConstraint',
      'createPolicy',
    ]);
  });

  it('drops a table after its policies, row-level security and exclusions, so the downgrade rebuilds them', () => {
    const entries = diff(withEverything(), model());
    expect(ops(entries)).toEqual([
      { kind: 'dropPolicy', name: 'mine', table: 'bookings', definition: { using: '(id > 0)' } },
      { kind: 'setRowLevelSecurity', table: 'bookings', enabled: false },
      {
        kind: 'dropConstraint',
        name: 'no_overlap',
        table: 'bookings',
        definition: { type: 'exclusion', expression: 'USING gist (during WITH &&)' },
      },
      expect.objectContaining({ kind: 'dropTable', name: 'bookings' }),
    ]);
    const down = downgradeOps(entries).map((op) => (op as { kind: string }).kind);
    expect(down).toEqual([
      'createTable',
      'createExclusionConstraint',
      'setRowLevelSecurity',
      'createPolicy',
    ]);
  });

  it('re-creates a changed exclusion constraint, with a long-lock hazard', () => {
    const changed = { ...during, deferrable: true };
    const entries = diff(
      model({ tables: [bookings({ exclusions: [during] })] }),
      model({ tables: [bookings({ exclusions: [changed] })] }),
    );
    expect(ops(entries).map((op) => (op as { kind: string }).kind)).toEqual([
      'dropConstraint',
      'createExclusionConstraint',
    ]);
    expect(entries[1]!.hazards.map((h) => h.code)).toEqual(['long-lock']);
  });

  it('turns row-level security on', () => {
    expect(
      ops(
        diff(
          model({ tables: [bookings()] }),
          model({ tables: [bookings({ rowLevelSecurity: true })] }),
        ),
      ),
    ).toEqual([{ kind: 'setRowLevelSecurity', table: 'bookings', enabled: true }]);
  });

  it("alters a policy's USING and roles in place, reversibly", () => {
    const entries = diff(
      model({ tables: [bookings({ policies: [policy('mine')] })] }),
      model({
        tables: [bookings({ policies: [policy('mine', { using: '(id > 1)', to: ['reader'] })] })],
      }),
    );
    expect(ops(entries)).toEqual([
      {
        kind: 'alterPolicy',
        name: 'mine',
        table: 'bookings',
        to: ['reader'],
        using: '(id > 1)',
        existing: { to: ['public'], using: '(id > 0)' },
      },
    ]);
    expect(downgradeOps(entries)).toEqual([
      {
        kind: 'alterPolicy',
        name: 'mine',
        table: 'bookings',
        to: ['public'],
        using: '(id > 0)',
        existing: { to: ['reader'], using: '(id > 1)' },
      },
    ]);
  });

  it.each<[string, Partial<Policy>]>([
    ['its command changes', { for: 'select' }],
    ['it becomes restrictive', { as: 'restrictive' }],
    ['its USING clause goes', { using: null }],
    ['it gains a WITH CHECK clause', { withCheck: '(id < 9)' }],
  ])('drops and re-creates a policy when %s', (_why, change) => {
    const entries = diff(
      model({ tables: [bookings({ policies: [policy('mine')] })] }),
      model({ tables: [bookings({ policies: [policy('mine', change)] })] }),
    );
    expect(ops(entries).map((op) => (op as { kind: string }).kind)).toEqual([
      'dropPolicy',
      'createPolicy',
    ]);
  });

  it('creates and alters declared roles, and never drops a role the model does not declare', () => {
    const current = model({ roles: [role('reader'), role('dba_only', { createDb: true })] });
    const target = model({
      roles: [role('reader', { inherit: false }), role('writer', { createRole: true })],
    });
    const entries = diff(current, target);
    expect(ops(entries)).toEqual([
      { kind: 'alterRole', name: 'reader', inherit: false, existing: { inherit: true } },
      { kind: 'createRole', name: 'writer', createRole: true },
    ]);
    expect(downgradeOps(entries)).toEqual([
      { kind: 'dropRole', name: 'writer', definition: { createRole: true } },
      { kind: 'alterRole', name: 'reader', inherit: true, existing: { inherit: false } },
    ]);
  });

  it('creates roles before the policies that name them', () => {
    const target = model({
      roles: [role('reader')],
      tables: [bookings({ policies: [policy('mine', { to: ['reader'] })] })],
    });
    const kinds = ops(diff(model({ tables: [bookings()] }), target)).map(
      (op) => (op as { kind: string }).kind,
    );
    expect(kinds).toEqual(['createRole', 'createPolicy']);
  });
});
