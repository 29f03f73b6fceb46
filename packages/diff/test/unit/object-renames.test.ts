import { diff, downgradeFor, findRenameCandidates, fixedRenameResolvers } from '@retort/diff';
import { col, enumType, idTable, model, sequence, serial } from './builders';

const ops = (entries: { op: unknown }[]) => entries.map((e) => e.op);
const pub = (name: string) => ({ schema: 'public', name });
const at = (schema: string, name: string) => ({ schema, name });

describe('schema renames', () => {
  const inSchema = (schema: string) => {
    const s = serial('users', 'n', schema);
    return model({
      schemas: ['public', schema],
      tables: [{ ...idTable('users', [s.column]), schema }],
      enums: [enumType('mood', ['a'], schema)],
      sequences: [s.sequence],
    });
  };
  const before = inSchema('shop');
  const after = inSchema('store');

  it('asks about the added schema, and nothing inside it once it is renamed', () => {
    expect(findRenameCandidates(before, after).schemas).toEqual([
      { added: 'store', dropped: ['shop'] },
    ]);
    const decided = findRenameCandidates(before, after, undefined, {
      decided: { schemas: [{ from: 'shop', to: 'store' }] },
    });
    expect(decided).toEqual({ schemas: [], tables: [], enums: [], sequences: [], columns: [] });
  });

  it('renames the schema: one statement, everything inside follows', () => {
    const entries = diff(before, after, {
      renames: fixedRenameResolvers({ schemas: [{ from: 'shop', to: 'store' }] }),
    });
    expect(ops(entries)).toEqual([{ kind: 'renameSchema', name: 'shop', newName: 'store' }]);
    expect(downgradeFor(entries)).toEqual([
      { op: { kind: 'renameSchema', name: 'store', newName: 'shop' } },
    ]);
  });

  it('without an answer, drops and creates', () => {
    const kinds = ops(diff(before, after)).map((o) => (o as { kind: string }).kind);
    expect(kinds).toContain('dropTable');
    expect(kinds).toContain('dropSchema');
  });
});

describe('table moves', () => {
  const before = model({ schemas: ['public', 'app'], tables: [idTable('users')] });
  const moved = (name: string) =>
    model({ schemas: ['public', 'app'], tables: [{ ...idTable(name), schema: 'app' }] });

  it('offers dropped tables of other schemas after those of its own', () => {
    expect(findRenameCandidates(before, moved('users')).tables).toEqual([
      { added: at('app', 'users'), dropped: [pub('users')] },
    ]);
  });

  it('moves with SET SCHEMA, then renames in the new schema', () => {
    const entries = diff(before, moved('members'), {
      renames: fixedRenameResolvers({ tables: [{ from: pub('users'), to: at('app', 'members') }] }),
    });
    expect(ops(entries)).toEqual([
      { kind: 'setTableSchema', table: 'users', newSchema: 'app' },
      { kind: 'renameTable', table: 'users', newName: 'members', schema: 'app' },
      {
        kind: 'renameConstraint',
        name: 'users_pkey',
        table: 'members',
        schema: 'app',
        newName: 'members_pkey',
      },
    ]);
    expect(downgradeFor(entries).map((s) => 'op' in s && s.op.kind)).toEqual([
      'renameConstraint',
      'renameTable',
      'setTableSchema',
    ]);
  });
});

describe('enum and sequence renames', () => {
  const before = model({
    schemas: ['public', 'app'],
    tables: [idTable('t', [col('m', 'public.mood', { default: "'a'::mood" })])],
    enums: [enumType('mood', ['a', 'b'])],
    sequences: [sequence('counter', { start: '5' })],
  });
  const after = model({
    schemas: ['public', 'app'],
    tables: [idTable('t', [col('m', 'app.feeling', { default: "'a'::app.feeling" })])],
    enums: [enumType('feeling', ['a', 'b'], 'app')],
    sequences: [sequence('tally', { schema: 'app', start: '5' })],
  });

  it('offers only dropped objects with the same definition', () => {
    const found = findRenameCandidates(before, after);
    expect(found.enums).toEqual([{ added: at('app', 'feeling'), dropped: [pub('mood')] }]);
    expect(found.sequences).toEqual([{ added: at('app', 'tally'), dropped: [pub('counter')] }]);
    const other = model({ ...after, enums: [enumType('feeling', ['a'], 'app')] });
    expect(findRenameCandidates(before, other).enums).toEqual([]);
  });

  it('moves and renames in place; the columns that use the enum follow', () => {
    const entries = diff(before, after, {
      renames: fixedRenameResolvers({
        enums: [{ from: pub('mood'), to: at('app', 'feeling') }],
        sequences: [{ from: pub('counter'), to: at('app', 'tally') }],
      }),
    });
    expect(ops(entries)).toEqual([
      { kind: 'setEnumSchema', name: 'mood', newSchema: 'app' },
      { kind: 'renameEnum', name: 'mood', schema: 'app', newName: 'feeling' },
      { kind: 'setSequenceSchema', name: 'counter', newSchema: 'app' },
      { kind: 'renameSequence', name: 'counter', schema: 'app', newName: 'tally' },
    ]);
    expect(downgradeFor(entries)).toEqual([
      { op: { kind: 'renameSequence', name: 'tally', schema: 'app', newName: 'counter' } },
      { op: { kind: 'setSequenceSchema', name: 'counter', schema: 'app', newSchema: 'public' } },
      { op: { kind: 'renameEnum', name: 'feeling', schema: 'app', newName: 'mood' } },
      { op: { kind: 'setEnumSchema', name: 'mood', schema: 'app', newSchema: 'public' } },
    ]);
  });
});
