import { diff } from '@retort/diff';
import { col, fk, idTable, index, model } from './builders';

const codes = (entry: { hazards: { code: string }[] }) => entry.hazards.map((h) => h.code);
const unique = (name: string, columns: string[]) => ({
  name,
  columns,
  nullsNotDistinct: false,
  deferrable: false,
  initiallyDeferred: false,
});

describe('constraints and indexes on existing tables', () => {
  const users = (extra = {}) =>
    idTable('users', [col('email', 'text'), col('org_id', 'integer')], extra);

  it('adds a unique constraint with a long-lock hazard', () => {
    const [entry] = diff(
      model({ tables: [users()] }),
      model({ tables: [users({ uniques: [unique('users_email_key', ['email'])] })] }),
    );
    expect(entry!.op).toEqual({
      kind: 'createUniqueConstraint',
      name: 'users_email_key',
      table: 'users',
      columns: ['email'],
    });
    expect(codes(entry!)).toEqual(['long-lock']);
  });

  it('drops a check constraint with its definition', () => {
    const check = { name: 'users_email_check', expression: "(email <> ''::text)" };
    expect(
      diff(model({ tables: [users({ checks: [check] })] }), model({ tables: [users()] })),
    ).toEqual([
      {
        op: {
          kind: 'dropConstraint',
          name: 'users_email_check',
          table: 'users',
          definition: { type: 'check', expression: "(email <> ''::text)" },
        },
        hazards: [],
      },
    ]);
  });

  it('replaces a changed check: drop first, create after', () => {
    const check = (expression: string) => ({ name: 'c', expression });
    const entries = diff(
      model({ tables: [users({ checks: [check('(org_id > 0)')] })] }),
      model({ tables: [users({ checks: [check('(org_id > 1)')] })] }),
    );
    expect(entries.map((e) => e.op.kind)).toEqual(['dropConstraint', 'createCheckConstraint']);
  });

  it('adds a foreign key to an existing table with a long-lock hazard', () => {
    const orgs = idTable('orgs');
    const [entry] = diff(
      model({ tables: [orgs, users()] }),
      model({
        tables: [
          orgs,
          users({ foreignKeys: [fk('users_org_id_fkey', ['org_id'], 'orgs', ['id'])] }),
        ],
      }),
    );
    expect(entry!.op.kind).toBe('createForeignKey');
    expect(codes(entry!)).toEqual(['long-lock']);
  });

  it('changes a primary key, rebuilding the foreign keys that reference it', () => {
    const orgs = (pk: string[]) =>
      idTable('orgs', [col('code', 'text', { nullable: false })], {
        primaryKey: { name: 'orgs_pkey', columns: pk },
      });
    const ref = users({ foreignKeys: [fk('users_org_id_fkey', ['org_id'], 'orgs', ['id'])] });
    const entries = diff(
      model({ tables: [orgs(['id']), ref] }),
      model({ tables: [orgs(['id', 'code']), ref] }),
    );
    expect(entries.map((e) => [e.op.kind, (e.op as { name: string }).name])).toEqual([
      ['dropConstraint', 'users_org_id_fkey'],
      ['dropConstraint', 'orgs_pkey'],
      ['createPrimaryKey', 'orgs_pkey'],
      ['createForeignKey', 'users_org_id_fkey'],
    ]);
  });

  it('creates an index on an existing table with a long-lock hazard suggesting CONCURRENTLY', () => {
    const [entry] = diff(
      model({ tables: [users()] }),
      model({ tables: [users({ indexes: [index('users_email_idx', ['email'])] })] }),
    );
    expect(entry!.op).toEqual({
      kind: 'createIndex',
      name: 'users_email_idx',
      table: 'users',
      columns: [{ column: 'email' }],
    });
    expect(codes(entry!)).toEqual(['long-lock']);
    expect(entry!.hazards[0]!.suggestion).toMatch(/concurrently/);
  });

  it('maps every index option', () => {
    const rich = index('i', [], {
      unique: true,
      method: 'gin',
      nullsNotDistinct: true,
      include: ['org_id'],
      where: '(org_id IS NOT NULL)',
      with: ['fillfactor=70'],
      keys: [
        {
          column: 'email',
          expression: null,
          opclass: 'text_pattern_ops',
          collation: 'C',
          order: 'desc',
          nulls: 'last',
        },
        {
          column: null,
          expression: 'lower(email)',
          opclass: null,
          collation: null,
          order: 'asc',
          nulls: 'first',
        },
      ],
    });
    const [entry] = diff(
      model({ tables: [users()] }),
      model({ tables: [users({ indexes: [rich] })] }),
    );
    expect(entry!.op).toEqual({
      kind: 'createIndex',
      name: 'i',
      table: 'users',
      unique: true,
      method: 'gin',
      nullsNotDistinct: true,
      include: ['org_id'],
      where: '(org_id IS NOT NULL)',
      with: { fillfactor: '70' },
      columns: [
        {
          column: 'email',
          opclass: 'text_pattern_ops',
          collation: 'C',
          order: 'desc',
          nulls: 'last',
        },
        { expression: 'lower(email)', nulls: 'first' },
      ],
    });
  });

  it('replaces a changed index and drops a removed one with its definition', () => {
    const entries = diff(
      model({ tables: [users({ indexes: [index('a', ['email']), index('b', ['org_id'])] })] }),
      model({ tables: [users({ indexes: [index('a', ['email', 'org_id'])] })] }),
    );
    expect(entries.map((e) => e.op)).toEqual([
      {
        kind: 'dropIndex',
        name: 'a',
        table: 'users',
        definition: { columns: [{ column: 'email' }] },
      },
      {
        kind: 'dropIndex',
        name: 'b',
        table: 'users',
        definition: { columns: [{ column: 'org_id' }] },
      },
      {
        kind: 'createIndex',
        name: 'a',
        table: 'users',
        columns: [{ column: 'email' }, { column: 'org_id' }],
      },
    ]);
  });

  it('drops a column after the index and foreign key that use it', () => {
    const orgs = idTable('orgs');
    const before = users({
      foreignKeys: [fk('users_org_id_fkey', ['org_id'], 'orgs', ['id'])],
      indexes: [index('users_org_id_idx', ['org_id'])],
    });
    const after = idTable('users', [col('email', 'text')]);
    const kinds = diff(model({ tables: [orgs, before] }), model({ tables: [orgs, after] })).map(
      (e) => e.op.kind,
    );
    expect(kinds).toEqual(['dropConstraint', 'dropIndex', 'dropColumn']);
  });
});
