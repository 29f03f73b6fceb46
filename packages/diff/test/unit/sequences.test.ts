import { diff, downgradeFor } from '@retort/diff';
import { col, model, sequence, serial, table } from './builders';

const ops = (entries: { op: unknown }[]) => entries.map((e) => e.op);

describe('sequences', () => {
  it('creates a standalone sequence before tables, with only non-default options', () => {
    const s = sequence('invoice_no', {
      type: 'integer',
      start: '1000',
      increment: '10',
      maxValue: '2147483647',
      cache: '5',
      cycle: true,
    });
    const t = table('invoices', [
      col('no', 'integer', { default: "nextval('invoice_no'::regclass)" }),
    ]);
    expect(ops(diff(model(), model({ sequences: [s], tables: [t] })))).toEqual([
      {
        kind: 'createSequence',
        name: 'invoice_no',
        as: 'integer',
        start: 1000,
        increment: 10,
        cache: 5,
        cycle: true,
      },
      {
        kind: 'createTable',
        name: 'invoices',
        columns: [{ name: 'no', type: 'integer', default: "nextval('invoice_no'::regclass)" }],
      },
    ]);
  });

  it('alters changed options with their previous values', () => {
    const before = model({ sequences: [sequence('s')] });
    const after = model({ sequences: [sequence('s', { increment: '2', cache: '10' })] });
    expect(ops(diff(before, after))).toEqual([
      {
        kind: 'alterSequence',
        name: 's',
        changes: { increment: 2, cache: 10 },
        existing: { increment: 1, cache: 1 },
      },
    ]);
  });

  it('drops a sequence last, with its definition', () => {
    expect(ops(diff(model({ sequences: [sequence('s', { start: '5' })] }), model()))).toEqual([
      { kind: 'dropSequence', name: 's', definition: { start: 5 } },
    ]);
  });

  it('gives an owned sequence with custom options its owner after the table exists', () => {
    const custom = { ...serial('t', 'n').sequence, start: '100' };
    const t = table('t', [
      col('n', 'integer', { nullable: false, default: "nextval('t_n_seq'::regclass)" }),
    ]);
    const entries = diff(model(), model({ tables: [t], sequences: [custom] }));
    expect(ops(entries)).toEqual([
      { kind: 'createSequence', name: 't_n_seq', as: 'integer', start: 100 },
      {
        kind: 'createTable',
        name: 't',
        columns: [
          { name: 'n', type: 'integer', nullable: false, default: "nextval('t_n_seq'::regclass)" },
        ],
      },
      {
        kind: 'alterSequence',
        name: 't_n_seq',
        changes: { ownedBy: { table: 't', column: 'n' } },
        existing: { ownedBy: null },
      },
    ]);
    expect(downgradeFor(entries).map((s) => ('op' in s ? s.op.kind : s.irreversible))).toEqual([
      'alterSequence',
      'dropTable',
      'dropSequence',
    ]);
  });

  it('turns a serial column into an identity column', () => {
    const s = serial('t', 'id');
    const identity = {
      generation: 'byDefault' as const,
      sequenceName: 't_id_seq1',
      start: '1',
      increment: '1',
      minValue: '1',
      maxValue: '2147483647',
      cache: '1',
      cycle: false,
    };
    const before = model({ tables: [table('t', [s.column])], sequences: [s.sequence] });
    const after = model({
      tables: [table('t', [col('id', 'integer', { nullable: false, identity })])],
    });
    expect(ops(diff(before, after))).toEqual([
      {
        kind: 'alterSequence',
        name: 't_id_seq',
        changes: { ownedBy: null },
        existing: { ownedBy: { table: 't', column: 'id' } },
      },
      {
        kind: 'alterColumn',
        table: 't',
        column: 'id',
        default: null,
        existingDefault: "nextval('t_id_seq'::regclass)",
        identity: { always: false },
        existingIdentity: null,
      },
      { kind: 'dropSequence', name: 't_id_seq', definition: { as: 'integer' } },
    ]);
  });

  it('gives a new identity sequence the name the target wants, once the old one is gone', () => {
    const s = serial('t', 'id');
    const identity = {
      generation: 'always' as const,
      sequenceName: 't_id_seq',
      start: '1',
      increment: '1',
      minValue: '1',
      maxValue: '2147483647',
      cache: '1',
      cycle: false,
    };
    const before = model({ tables: [table('t', [s.column])], sequences: [s.sequence] });
    const after = model({
      tables: [table('t', [col('id', 'integer', { nullable: false, identity })])],
    });
    const entries = diff(before, after);
    expect(ops(entries).slice(-2)).toEqual([
      { kind: 'dropSequence', name: 't_id_seq', definition: { as: 'integer' } },
      { kind: 'renameSequence', name: 't_id_seq1', newName: 't_id_seq' },
    ]);
    expect(downgradeFor(entries)[0]).toEqual({
      op: { kind: 'renameSequence', name: 't_id_seq', newName: 't_id_seq1' },
    });
  });

  it('names the identity sequence of a new table as the target says', () => {
    const identity = {
      generation: 'byDefault' as const,
      sequenceName: 'custom_seq',
      start: '1',
      increment: '1',
      minValue: '1',
      maxValue: '2147483647',
      cache: '1',
      cycle: false,
    };
    const target = model({
      tables: [table('t', [col('id', 'integer', { nullable: false, identity })])],
    });
    expect(ops(diff(model(), target))).toEqual([
      {
        kind: 'createTable',
        name: 't',
        columns: [{ name: 'id', type: 'integer', nullable: false, identity: { always: false } }],
      },
      { kind: 'renameSequence', name: 't_id_seq', newName: 'custom_seq' },
    ]);
  });
});
