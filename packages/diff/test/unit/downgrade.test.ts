import { diff, downgradeFor, summarize, type DiffEntry } from '@retort/diff';
import type { SchemaModel } from '@retort/schema';
import * as fc from 'fast-check';
import { col, enumType, idTable, model } from './builders';
import { richModel } from './rich-model';

const sortedOps = (ops: unknown[]) => ops.map((o) => JSON.stringify(o)).sort();
const downgradeOps = (entries: DiffEntry[]) =>
  downgradeFor(entries).map((s) => ('op' in s ? s.op : s));

/** The rich model without some tables and columns, and without what referred to them. */
function shrink(base: SchemaModel, keepTables: string[], dropColumns: string[]): SchemaModel {
  const m = structuredClone(base);
  const mentions = (text: string | null, columns: string[]) =>
    text !== null && columns.some((c) => new RegExp(`\\b${c}\\b`).test(text));
  m.tables = m.tables.filter((t) => keepTables.includes(t.name));
  for (const t of m.tables) {
    const gone = t.columns
      .filter(
        (c) =>
          dropColumns.includes(`${t.name}.${c.name}`) && !t.primaryKey?.columns.includes(c.name),
      )
      .map((c) => c.name);
    t.columns = t.columns.filter(
      (c) => !gone.includes(c.name) && !mentions(c.generated?.expression ?? null, gone),
    );
    t.uniques = t.uniques.filter((u) => !u.columns.some((c) => gone.includes(c)));
    t.checks = t.checks.filter((c) => !mentions(c.expression, gone));
    t.indexes = t.indexes.filter(
      (i) =>
        !i.keys.some((k) => gone.includes(k.column ?? '') || mentions(k.expression, gone)) &&
        !mentions(i.where, gone) &&
        !i.include.some((c) => gone.includes(c)),
    );
    t.foreignKeys = t.foreignKeys.filter(
      (f) => !f.columns.some((c) => gone.includes(c)) && keepTables.includes(f.referencedTable),
    );
  }
  m.sequences = m.sequences.filter(
    (s) =>
      s.ownedBy === null ||
      m.tables.some(
        (t) => t.name === s.ownedBy!.table && t.columns.some((c) => c.name === s.ownedBy!.column),
      ),
  );
  return m;
}

const tableNames = richModel().tables.map((t) => t.name);
const columnNames = richModel().tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`));
const shrunk = fc
  .tuple(fc.subarray(tableNames), fc.subarray(columnNames))
  .map(([keep, drop]) => shrink(richModel(), keep, drop));

describe('downgrade', () => {
  it('is the reverse of the upgrade, last first', () => {
    const entries = diff(model(), model({ tables: [idTable('t', [col('a', 'text')])] }));
    expect(downgradeFor(entries)).toEqual([
      {
        op: {
          kind: 'dropTable',
          name: 't',
          definition: {
            columns: [
              { name: 'id', type: 'integer', nullable: false },
              { name: 'a', type: 'text' },
            ],
            primaryKey: { name: 't_pkey', columns: ['id'] },
          },
        },
      },
    ]);
  });

  it('adds the USING cast the way back needs', () => {
    const entries = diff(
      model({ tables: [idTable('t', [col('n', 'integer')])] }),
      model({ tables: [idTable('t', [col('n', 'text')])] }),
    );
    expect(entries.map((e) => e.op)).toEqual([
      { kind: 'alterColumn', table: 't', column: 'n', type: 'text', existingType: 'integer' },
    ]);
    expect(downgradeFor(entries)).toEqual([
      {
        op: {
          kind: 'alterColumn',
          table: 't',
          column: 'n',
          type: 'integer',
          existingType: 'text',
          using: '"n"::integer',
        },
      },
    ]);
  });

  it('equals the diff the other way round when tables and columns come and go (property)', () => {
    fc.assert(
      fc.property(shrunk, (small) => {
        const up = diff(small, richModel());
        expect(downgradeFor(up).every((s) => 'op' in s)).toBe(true);
        expect(sortedOps(downgradeOps(up))).toEqual(
          sortedOps(diff(richModel(), small).map((e) => e.op)),
        );
        expect(diff(small, small)).toEqual([]);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('renders a step without inverse as an explicit irreversible entry, never omitted', () => {
    const entries: DiffEntry[] = [
      {
        op: { kind: 'createTable', name: 't', columns: [{ name: 'a', type: 'text' }] },
        hazards: [],
      },
      { op: { kind: 'execute', sql: 'UPDATE t SET a = 1' }, hazards: [] },
    ];
    expect(downgradeFor(entries)).toEqual([
      {
        irreversible:
          'Cannot reverse execute: arbitrary SQL has no known inverse. Write the downgrade step by hand, or give the operation the definition it needs to be reversed.',
      },
      {
        op: {
          kind: 'dropTable',
          name: 't',
          definition: { columns: [{ name: 'a', type: 'text' }] },
        },
      },
    ]);
  });

  it('keeps hazards off the downgrade but lists them in the summary', () => {
    const entries = diff(
      model({ tables: [idTable('t', [col('a', 'text')])] }),
      model({ tables: [idTable('t')] }),
    );
    expect(summarize(entries)).toEqual({
      counts: { dropColumn: 1 },
      hazards: [expect.objectContaining({ code: 'data-loss' })],
    });
  });

  it('counts operations by kind', () => {
    const entries = diff(
      model(),
      model({ enums: [enumType('a', ['x']), enumType('b', ['y'])], tables: [idTable('t')] }),
    );
    expect(summarize(entries)).toEqual({ counts: { createEnum: 2, createTable: 1 }, hazards: [] });
  });
});
