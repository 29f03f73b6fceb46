import { diff } from '@retort/diff';
import type { Column } from '@retort/schema';
import { col, idTable, model, serial, table } from './builders';

const withColumn = (...columns: Column[]) => model({ tables: [idTable('t', columns)] });
const codes = (entry: { hazards: { code: string }[] }) => entry.hazards.map((h) => h.code);

describe('columns', () => {
  it('adds a nullable column without hazards', () => {
    expect(diff(withColumn(), withColumn(col('note', 'text')))).toEqual([
      {
        op: { kind: 'addColumn', table: 't', column: { name: 'note', type: 'text' } },
        hazards: [],
      },
    ]);
  });

  it('flags a NOT NULL column without default as failing on data', () => {
    const [entry] = diff(withColumn(), withColumn(col('n', 'integer', { nullable: false })));
    expect(entry!.op).toEqual({
      kind: 'addColumn',
      table: 't',
      column: { name: 'n', type: 'integer', nullable: false },
    });
    expect(codes(entry!)).toEqual(['fails-on-data']);
  });

  it('accepts a NOT NULL column with a constant default', () => {
    const [entry] = diff(
      withColumn(),
      withColumn(col('n', 'integer', { nullable: false, default: '0' })),
    );
    expect(codes(entry!)).toEqual([]);
  });

  it('flags a volatile default on a new column as a table rewrite', () => {
    const [entry] = diff(
      withColumn(),
      withColumn(col('u', 'uuid', { default: 'gen_random_uuid()' })),
    );
    expect(codes(entry!)).toEqual(['table-rewrite']);
    expect(entry!.hazards[0]!.message).toBe(
      'Adding t.u with the volatile default gen_random_uuid() rewrites the table.',
    );
  });

  it('names a generation expression as such, never as a volatile default', () => {
    const [entry] = diff(
      withColumn(col('a', 'text')),
      withColumn(
        col('a', 'text'),
        col('g', 'text', { generated: { kind: 'stored', expression: "(a || 'x'::text)" } }),
      ),
    );
    expect(codes(entry!)).toEqual(['table-rewrite']);
    expect(entry!.hazards[0]!.message).toBe(
      "Adding t.g with the generation expression (a || 'x'::text) rewrites the table.",
    );
    expect(entry!.hazards[0]!.message).not.toMatch(/volatile/);
  });

  it('adds a serial column to an existing table as serial (with a rewrite hazard)', () => {
    const s = serial('t', 'n');
    const before = model({ tables: [table('t', [col('a', 'text')])] });
    const after = model({
      tables: [table('t', [col('a', 'text'), s.column])],
      sequences: [s.sequence],
    });
    const entries = diff(before, after);
    expect(entries.map((e) => e.op)).toEqual([
      { kind: 'addColumn', table: 't', column: { name: 'n', type: 'serial', nullable: false } },
    ]);
    expect(codes(entries[0]!)).toEqual(['table-rewrite']);
  });

  it('drops a column with its definition and a data-loss hazard', () => {
    const [entry, ...rest] = diff(
      withColumn(col('old', 'text', { default: "'a'::text", comment: 'c' })),
      withColumn(),
    );
    expect(rest).toEqual([]);
    expect(entry!.op).toEqual({
      kind: 'dropColumn',
      table: 't',
      column: 'old',
      definition: { name: 'old', type: 'text', default: "'a'::text", comment: 'c' },
    });
    expect(codes(entry!)).toEqual(['data-loss']);
  });

  it('widens varchar without USING, rewrite or loss', () => {
    const [entry] = diff(
      withColumn(col('s', 'character varying(50)')),
      withColumn(col('s', 'character varying(255)')),
    );
    expect(entry).toEqual({
      op: {
        kind: 'alterColumn',
        table: 't',
        column: 's',
        type: 'character varying(255)',
        existingType: 'character varying(50)',
      },
      hazards: [],
    });
  });

  it('narrows varchar with a data-loss hazard and a rewrite', () => {
    const [entry] = diff(
      withColumn(col('s', 'text')),
      withColumn(col('s', 'character varying(20)')),
    );
    expect(entry!.op).toEqual({
      kind: 'alterColumn',
      table: 't',
      column: 's',
      type: 'character varying(20)',
      existingType: 'text',
    });
    expect(codes(entry!)).toEqual(['data-loss', 'table-rewrite']);
  });

  it('casts text to integer with USING, dropping an incompatible default first', () => {
    const entries = diff(
      withColumn(col('n', 'text', { default: "'1'::text" })),
      withColumn(col('n', 'integer', { default: '1' })),
    );
    expect(entries.map((e) => e.op)).toEqual([
      { kind: 'alterColumn', table: 't', column: 'n', default: null, existingDefault: "'1'::text" },
      {
        kind: 'alterColumn',
        table: 't',
        column: 'n',
        type: 'integer',
        existingType: 'text',
        using: '"n"::integer',
        default: '1',
        existingDefault: null,
      },
    ]);
    expect(codes(entries[1]!)).toEqual(['fails-on-data', 'table-rewrite']);
  });

  it('never turns a type change into drop and add', () => {
    const kinds = diff(withColumn(col('b', 'boolean')), withColumn(col('b', 'integer'))).map(
      (e) => e.op.kind,
    );
    expect(kinds).toEqual(['alterColumn']);
  });

  it('keeps the collation through a type change and changes collations', () => {
    const [entry] = diff(
      withColumn(col('s', 'text')),
      withColumn(col('s', 'text', { collation: 'C' })),
    );
    expect(entry!.op).toEqual({
      kind: 'alterColumn',
      table: 't',
      column: 's',
      type: 'text COLLATE "C"',
      existingType: 'text COLLATE "default"',
    });
  });

  it('sets NOT NULL with a long-lock hazard, and drops it without one', () => {
    const [set] = diff(
      withColumn(col('a', 'text')),
      withColumn(col('a', 'text', { nullable: false })),
    );
    expect(set!.op).toEqual({
      kind: 'alterColumn',
      table: 't',
      column: 'a',
      nullable: false,
      existingNullable: true,
    });
    expect(codes(set!)).toEqual(['long-lock']);
    const [drop] = diff(
      withColumn(col('a', 'text', { nullable: false })),
      withColumn(col('a', 'text')),
    );
    expect(drop).toEqual({
      op: { kind: 'alterColumn', table: 't', column: 'a', nullable: true, existingNullable: false },
      hazards: [],
    });
  });

  it('changes defaults with the previous value', () => {
    const entries = diff(
      withColumn(col('a', 'integer', { default: '1' })),
      withColumn(col('a', 'integer', { default: '2' })),
    );
    expect(entries.map((e) => e.op)).toEqual([
      { kind: 'alterColumn', table: 't', column: 'a', default: '2', existingDefault: '1' },
    ]);
    const dropped = diff(
      withColumn(col('a', 'integer', { default: '1' })),
      withColumn(col('a', 'integer')),
    );
    expect(dropped.map((e) => e.op)).toEqual([
      { kind: 'alterColumn', table: 't', column: 'a', default: null, existingDefault: '1' },
    ]);
  });

  it('adds, changes and drops identity', () => {
    const identity = {
      generation: 'always' as const,
      sequenceName: 't_n_seq',
      start: '1',
      increment: '1',
      minValue: '1',
      maxValue: '2147483647',
      cache: '1',
      cycle: false,
    };
    const plain = withColumn(col('n', 'integer', { nullable: false }));
    const always = withColumn(col('n', 'integer', { nullable: false, identity }));
    const byDefault = withColumn(
      col('n', 'integer', {
        nullable: false,
        identity: { ...identity, generation: 'byDefault', increment: '5' },
      }),
    );
    expect(diff(plain, always).map((e) => e.op)).toEqual([
      {
        kind: 'alterColumn',
        table: 't',
        column: 'n',
        identity: { always: true },
        existingIdentity: null,
      },
    ]);
    expect(diff(always, byDefault).map((e) => e.op)).toEqual([
      {
        kind: 'alterColumn',
        table: 't',
        column: 'n',
        identity: { always: false, increment: 5 },
        existingIdentity: { always: true },
      },
    ]);
    expect(diff(always, plain).map((e) => e.op)).toEqual([
      {
        kind: 'alterColumn',
        table: 't',
        column: 'n',
        identity: null,
        existingIdentity: { always: true },
      },
    ]);
  });

  it('ignores identity maxValue that only follows the column type', () => {
    const identity = (maxValue: string) => ({
      generation: 'always' as const,
      sequenceName: 't_n_seq',
      start: '1',
      increment: '1',
      minValue: '1',
      maxValue,
      cache: '1',
      cycle: false,
    });
    const ops = diff(
      withColumn(col('n', 'integer', { nullable: false, identity: identity('2147483647') })),
      withColumn(
        col('n', 'bigint', { nullable: false, identity: identity('9223372036854775807') }),
      ),
    ).map((e) => e.op);
    expect(ops).toEqual([
      { kind: 'alterColumn', table: 't', column: 'n', type: 'bigint', existingType: 'integer' },
    ]);
  });

  it('sets column comments with setColumnComment', () => {
    expect(
      diff(withColumn(col('a', 'text')), withColumn(col('a', 'text', { comment: 'hi' }))).map(
        (e) => e.op,
      ),
    ).toEqual([
      { kind: 'setColumnComment', table: 't', column: 'a', comment: 'hi', existingComment: null },
    ]);
  });

  it('replaces a generated column whose expression changed', () => {
    const gen = (expression: string) =>
      col('g', 'text', { generated: { kind: 'stored', expression } });
    const kinds = diff(
      withColumn(col('a', 'text'), gen('lower(a)')),
      withColumn(col('a', 'text'), gen('upper(a)')),
    ).map((e) => e.op.kind);
    expect(kinds).toEqual(['dropColumn', 'addColumn']);
  });

  it('combines changes of one column into one operation', () => {
    const ops = diff(
      withColumn(col('a', 'integer')),
      withColumn(col('a', 'bigint', { nullable: false, default: '0' })),
    ).map((e) => e.op);
    expect(ops).toEqual([
      {
        kind: 'alterColumn',
        table: 't',
        column: 'a',
        type: 'bigint',
        existingType: 'integer',
        default: '0',
        existingDefault: null,
        nullable: false,
        existingNullable: true,
      },
    ]);
  });

  it('ignores column order, which PostgreSQL cannot change in place', () => {
    expect(
      diff(
        withColumn(col('a', 'text'), col('b', 'text')),
        withColumn(col('b', 'text'), col('a', 'text')),
      ),
    ).toEqual([]);
  });

  it("quotes nothing itself: types are the model's canonical SQL", () => {
    const [entry] = diff(withColumn(), withColumn(col('k', 'app."Weird Kind"[]')));
    expect(entry!.op).toEqual({
      kind: 'addColumn',
      table: 't',
      column: { name: 'k', type: 'app."Weird Kind"[]' },
    });
  });
});
