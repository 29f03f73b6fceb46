import type { DiffEntry } from '@retort/diff';
import type { Operation } from '@retort/ops';
import { planBodies, type PlanOptions } from '../../src/plan/plan-bodies';
import { sizedTableName } from '../../src/plan/table-size';
import { withTableSize } from '../../src/plan/sized-hazards';

const options = (plan: 'online' | 'simple' = 'online'): PlanOptions => ({
  plan,
  lockTimeout: '5s',
  existingTables: new Set(['public.orders']),
  sizes: new Map([['public.orders', { rows: 12_400_000, bytes: 3.1 * 1024 ** 3 }]]),
});
const lockHazard = {
  code: 'long-lock',
  message:
    'Creating index ix on existing table orders blocks writes to the table until it is built.',
  suggestion: 'concurrently',
};
const entry = (op: Operation, hazards = [lockHazard]): DiffEntry => ({ op, hazards });
const kinds = (body: ReturnType<typeof planBodies>['upgrade']) =>
  body.map((e) =>
    'op' in e ? `${e.op.kind}${e.autocommit ? ' (autocommit)' : ''}` : 'irreversible',
  );

describe('planBodies', () => {
  it('online: an index on an existing table is built concurrently in an autocommit block, and dropped so on the way down', () => {
    const { upgrade, downgrade } = planBodies(
      [entry({ kind: 'createIndex', name: 'ix', table: 'orders', columns: [{ column: 'a' }] })],
      options(),
    );
    expect(kinds(upgrade)).toStrictEqual(['setLockTimeout', 'createIndex (autocommit)']);
    expect(upgrade[1]).toMatchObject({ op: { concurrently: true }, hazards: [] });
    expect(kinds(downgrade)).toStrictEqual(['setLockTimeout', 'dropIndex (autocommit)']);
    expect(downgrade[1]).toMatchObject({ op: { kind: 'dropIndex', concurrently: true } });
  });

  it('online: a new table keeps the plain form; simple keeps it everywhere, with the hazard told with the size', () => {
    const op: Operation = {
      kind: 'createIndex',
      name: 'ix',
      table: 'notes',
      columns: [{ column: 'a' }],
    };
    expect(kinds(planBodies([entry(op)], options()).upgrade)).toStrictEqual([
      'setLockTimeout',
      'createIndex',
    ]);
    const simple = planBodies([entry({ ...op, table: 'orders' })], options('simple')).upgrade;
    expect(simple[1]).toMatchObject({ op: { kind: 'createIndex' } });
    expect(simple[1] && 'op' in simple[1] && simple[1].hazards?.[0]?.message).toBe(
      'Creating index ix on existing table orders blocks writes to public.orders (~12.4M rows, 3.1 GB) until it is built.',
    );
  });

  it('online: foreign key NOT VALID, then VALIDATE on its own', () => {
    const fk: Operation = {
      kind: 'createForeignKey',
      name: 'fk',
      table: 'orders',
      columns: ['u'],
      referencedTable: 'users',
      referencedColumns: ['id'],
    };
    const { upgrade, downgrade } = planBodies([entry(fk)], options());
    expect(kinds(upgrade)).toStrictEqual([
      'setLockTimeout',
      'createForeignKey',
      'validateConstraint (autocommit)',
    ]);
    expect(upgrade[1]).toMatchObject({ op: { notValid: true } });
    expect(kinds(downgrade)).toStrictEqual(['setLockTimeout', 'dropConstraint']);
  });

  it('online: SET NOT NULL through a NOT VALID check, VALIDATE, SET NOT NULL, drop the check; other changes first', () => {
    const alter: Operation = {
      kind: 'alterColumn',
      table: 'orders',
      column: 'code',
      nullable: false,
      existingNullable: true,
      comment: 'c',
      existingComment: null,
    };
    const { upgrade, downgrade } = planBodies([entry(alter, [])], options());
    expect(kinds(upgrade)).toStrictEqual([
      'setLockTimeout',
      'alterColumn',
      'createCheckConstraint',
      'validateConstraint (autocommit)',
      'alterColumn (autocommit)',
      'dropConstraint (autocommit)',
    ]);
    expect(upgrade[1]).toMatchObject({ op: { comment: 'c' } });
    expect(upgrade[1] && 'op' in upgrade[1] && 'nullable' in upgrade[1].op).toBe(false);
    expect(upgrade[2]).toMatchObject({
      op: { name: 'orders_code_not_null', expression: '"code" IS NOT NULL', notValid: true },
    });
    expect(upgrade[4]).toMatchObject({ op: { nullable: false, existingNullable: true } });
    expect(kinds(downgrade)).toStrictEqual(['setLockTimeout', 'alterColumn']);
  });

  it('online: a unique constraint from an index built concurrently; its drop takes the index with it', () => {
    const unique: Operation = {
      kind: 'createUniqueConstraint',
      name: 'k',
      table: 'orders',
      columns: ['code'],
    };
    const { upgrade, downgrade } = planBodies([entry(unique)], options());
    expect(kinds(upgrade)).toStrictEqual([
      'setLockTimeout',
      'createIndex (autocommit)',
      'createUniqueConstraint (autocommit)',
    ]);
    expect(upgrade[1]).toMatchObject({ op: { name: 'k', unique: true, concurrently: true } });
    expect(upgrade[2]).toMatchObject({ op: { usingIndex: 'k' } });
    expect(kinds(downgrade)).toStrictEqual(['setLockTimeout', 'dropConstraint']);
  });

  it('no lock timeout line for an empty body or when none is configured', () => {
    expect(planBodies([], options())).toStrictEqual({ upgrade: [], downgrade: [] });
    const op: Operation = {
      kind: 'createIndex',
      name: 'ix',
      table: 'notes',
      columns: [{ column: 'a' }],
    };
    expect(
      kinds(planBodies([entry(op)], { ...options(), lockTimeout: null }).upgrade),
    ).toStrictEqual(['createIndex']);
  });
});

describe('table sizes in hazards', () => {
  it('names the table with its rows and bytes', () => {
    expect(sizedTableName('public.orders', { rows: 12_400_000, bytes: 3.1 * 1024 ** 3 })).toBe(
      'public.orders (~12.4M rows, 3.1 GB)',
    );
    expect(sizedTableName('s.t', { rows: 999, bytes: 8192 })).toBe('s.t (~999 rows, 8.0 kB)');
    expect(sizedTableName('s.t', { rows: null, bytes: 100 })).toBe(
      's.t (rows not yet counted, 100 bytes)',
    );
  });

  it('tells a rewrite with the size, leaves data hazards alone', () => {
    const size = { rows: 2_000_000, bytes: 150 * 1024 ** 2 };
    const [rewrite, loss] = withTableSize(
      [
        {
          code: 'table-rewrite',
          message:
            'Changing orders.amount from integer to text rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.',
          suggestion: '',
        },
        { code: 'data-loss', message: 'Dropping orders.note deletes its data.', suggestion: '' },
      ],
      'public.orders',
      size,
    );
    expect(rewrite?.message).toBe(
      'Changing orders.amount from integer to text rewrites public.orders (~2.0M rows, 150 MB) and its indexes under an ACCESS EXCLUSIVE lock.',
    );
    expect(loss?.message).toBe('Dropping orders.note deletes its data.');
  });
});
