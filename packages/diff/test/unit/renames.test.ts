import { diff, downgradeFor, findRenameCandidates, fixedRenameResolvers } from '@retort/diff';
import { col, fk, idTable, index, model, serial, table } from './builders';

const ops = (entries: { op: unknown }[]) => entries.map((e) => e.op);
const codes = (entries: { hazards: { code: string }[] }[]) =>
  entries.map((e) => e.hazards.map((h) => h.code));

describe('table renames', () => {
  const s = serial('users', 'id');
  const m = serial('members', 'id');
  const orgs = idTable('orgs');
  const users = table('users', [s.column, col('org_id', 'integer')], {
    primaryKey: { name: 'users_pkey', columns: ['id'] },
    foreignKeys: [fk('users_org_id_fkey', ['org_id'], 'orgs', ['id'])],
    indexes: [index('users_org_id_idx', ['org_id'])],
  });
  const members = table('members', [m.column, col('org_id', 'integer')], {
    primaryKey: { name: 'members_pkey', columns: ['id'] },
    foreignKeys: [fk('members_org_id_fkey', ['org_id'], 'orgs', ['id'])],
    indexes: [index('members_org_id_idx', ['org_id'])],
  });
  const posts = (to: string) =>
    idTable('posts', [col('author_id', 'integer')], {
      foreignKeys: [fk('posts_author_id_fkey', ['author_id'], to, ['id'])],
    });
  const before = model({ tables: [orgs, posts('users'), users], sequences: [s.sequence] });
  const after = model({ tables: [members, orgs, posts('members')], sequences: [m.sequence] });

  it('renames the table and what carries its name by default naming, nothing else', () => {
    const entries = diff(before, after, {
      renames: { table: (added, candidates) => (added.name === 'members' ? candidates[0]! : null) },
    });
    expect(ops(entries)).toEqual([
      { kind: 'renameTable', table: 'users', newName: 'members' },
      { kind: 'renameConstraint', name: 'users_pkey', table: 'members', newName: 'members_pkey' },
      {
        kind: 'renameConstraint',
        name: 'users_org_id_fkey',
        table: 'members',
        newName: 'members_org_id_fkey',
      },
      { kind: 'renameIndex', name: 'users_org_id_idx', newName: 'members_org_id_idx' },
      { kind: 'renameSequence', name: 'users_id_seq', newName: 'members_id_seq' },
    ]);
    // first-class renames: reverseOp undoes each, no hand-written reverse
    expect(entries.map((e) => e.reverse)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(downgradeFor(entries).slice(0, 2)).toEqual([
      { op: { kind: 'renameSequence', name: 'members_id_seq', newName: 'users_id_seq' } },
      { op: { kind: 'renameIndex', name: 'members_org_id_idx', newName: 'users_org_id_idx' } },
    ]);
  });

  it('reverses the renames in the downgrade', () => {
    const entries = diff(before, after, {
      renames: fixedRenameResolvers({
        tables: [
          { from: { schema: 'public', name: 'users' }, to: { schema: 'public', name: 'members' } },
        ],
      }),
    });
    const steps = downgradeFor(entries);
    expect(steps[steps.length - 1]).toEqual({
      op: { kind: 'renameTable', table: 'members', newName: 'users' },
    });
    expect(steps).toHaveLength(5);
  });

  it('without a resolver, drops and creates with an unresolved-rename hazard', () => {
    const entries = diff(before, after);
    const drop = entries.find((e) => e.op.kind === 'dropTable')!;
    expect(drop.hazards.map((h) => h.code)).toEqual(['data-loss', 'unresolved-rename']);
    expect(drop.hazards[1]!.suggestion).toContain('--rename-table users=<new name>');
    expect(entries.some((e) => e.op.kind === 'createTable')).toBe(true);
  });

  it('treats a null answer as "new": no unresolved hazard', () => {
    const entries = diff(before, after, { renames: { table: () => null } });
    expect(codes(entries.filter((e) => e.op.kind === 'dropTable'))).toEqual([['data-loss']]);
  });

  it('rejects an answer that is not a candidate', () => {
    expect(() =>
      diff(before, after, { renames: { table: () => ({ schema: 'public', name: 'nope' }) } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_RENAME' }));
  });

  it('renames identity sequences with the table', () => {
    const identity = (seq: string) => ({
      generation: 'always' as const,
      sequenceName: seq,
      start: '1',
      increment: '1',
      minValue: '1',
      maxValue: '2147483647',
      cache: '1',
      cycle: false,
    });
    const a = model({
      tables: [
        table('a', [col('id', 'integer', { nullable: false, identity: identity('a_id_seq') })]),
      ],
    });
    const b = model({
      tables: [
        table('b', [col('id', 'integer', { nullable: false, identity: identity('b_id_seq') })]),
      ],
    });
    expect(ops(diff(a, b, { renames: { table: (_, c) => c[0]! } }))).toEqual([
      { kind: 'renameTable', table: 'a', newName: 'b' },
      { kind: 'renameSequence', name: 'a_id_seq', newName: 'b_id_seq' },
    ]);
  });
});

describe('column renames', () => {
  const t = (name: string, idx: string) =>
    idTable('t', [col(name, 'text')], {
      indexes: [index(idx, [name])],
      checks: [{ name: 't_check', expression: `(length(${name}) > 1)` }],
      uniques: [
        {
          name: 't_key',
          columns: [name],
          nullsNotDistinct: false,
          deferrable: false,
          initiallyDeferred: false,
        },
      ],
    });

  it('renames the column and follows it in indexes, keys and check expressions', () => {
    const entries = diff(
      model({ tables: [t('nick', 't_nick_idx')] }),
      model({ tables: [t('handle', 't_handle_idx')] }),
      {
        renames: {
          column: (_table, added, candidates) => (added === 'handle' ? candidates[0]! : null),
        },
      },
    );
    expect(ops(entries)).toEqual([
      { kind: 'alterColumn', table: 't', column: 'nick', newName: 'handle' },
      { kind: 'renameIndex', name: 't_nick_idx', newName: 't_handle_idx' },
    ]);
    expect(downgradeFor(entries)[1]).toEqual({
      op: { kind: 'alterColumn', table: 't', column: 'handle', newName: 'nick' },
    });
  });

  it('without an answer, drops and adds with an unresolved-rename hazard naming the flag', () => {
    const entries = diff(
      model({ tables: [idTable('t', [col('a', 'text')])] }),
      model({ tables: [idTable('t', [col('b', 'text')])] }),
    );
    expect(entries.map((e) => e.op.kind)).toEqual(['dropColumn', 'addColumn']);
    expect(entries[0]!.hazards.map((h) => h.code)).toEqual(['data-loss', 'unresolved-rename']);
    expect(entries[0]!.hazards[1]!.suggestion).toContain('--rename-column t.a=<new name>');
  });

  it('renames columns of a renamed table', () => {
    const entries = diff(
      model({ tables: [idTable('a', [col('x', 'text')])] }),
      model({ tables: [idTable('b', [col('y', 'text')])] }),
      {
        renames: fixedRenameResolvers({
          tables: [{ from: { schema: 'public', name: 'a' }, to: { schema: 'public', name: 'b' } }],
          columns: [{ table: { schema: 'public', name: 'b' }, from: 'x', to: 'y' }],
        }),
      },
    );
    expect(ops(entries)).toEqual([
      { kind: 'renameTable', table: 'a', newName: 'b' },
      { kind: 'alterColumn', table: 'b', column: 'x', newName: 'y' },
      { kind: 'renameConstraint', name: 'a_pkey', table: 'b', newName: 'b_pkey' },
    ]);
  });
});

describe('findRenameCandidates', () => {
  const before = model({
    tables: [idTable('a', [col('x', 'text'), col('n', 'integer')]), idTable('old')],
  });
  const after = model({
    tables: [idTable('a', [col('y', 'integer'), col('z', 'text')]), idTable('new')],
  });

  it('lists added tables and columns with their dropped candidates, same type first', () => {
    expect(findRenameCandidates(before, after)).toEqual({
      schemas: [],
      enums: [],
      sequences: [],
      tables: [
        { added: { schema: 'public', name: 'new' }, dropped: [{ schema: 'public', name: 'old' }] },
      ],
      columns: [
        { table: { schema: 'public', name: 'a' }, added: 'y', dropped: ['n', 'x'] },
        { table: { schema: 'public', name: 'a' }, added: 'z', dropped: ['x', 'n'] },
      ],
    });
  });

  it('takes table answers to list the columns of renamed tables', () => {
    const b = model({ tables: [idTable('b', [col('x2', 'text')])] });
    const a = model({ tables: [idTable('a', [col('x', 'text')])] });
    const found = findRenameCandidates(a, b, undefined, {
      decided: {
        tables: [{ from: { schema: 'public', name: 'a' }, to: { schema: 'public', name: 'b' } }],
      },
    });
    expect(found).toEqual({
      schemas: [],
      enums: [],
      sequences: [],
      tables: [],
      columns: [{ table: { schema: 'public', name: 'b' }, added: 'x2', dropped: ['x'] }],
    });
  });

  it('respects the filter', () => {
    expect(findRenameCandidates(before, after, { excludeTables: ['old', 'new', 'a'] })).toEqual({
      schemas: [],
      enums: [],
      sequences: [],
      tables: [],
      columns: [],
    });
  });
});
