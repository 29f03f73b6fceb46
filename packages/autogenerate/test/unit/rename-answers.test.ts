import { openQuestions } from '../../src/rename-answers';

const t = { schema: 'public', name: 't' };
const none = { schemas: [], tables: [], enums: [], sequences: [] };

describe('openQuestions', () => {
  it('settles a column answered by a rename, and its old column is no longer offered', () => {
    const candidates = {
      ...none,
      columns: [
        { table: t, added: 'c0_r', dropped: ['c0'] },
        { table: t, added: 'n0', dropped: ['c0'] },
        { table: t, added: 'n1', dropped: ['c0', 'c1'] },
      ],
    };
    const open = openQuestions(candidates, {
      tables: [],
      columns: [{ table: t, from: 'c0', to: 'c0_r' }],
    });
    expect(open.columns).toEqual([{ table: t, added: 'n1', dropped: ['c1'] }]);
  });

  it('settles questions answered "created"', () => {
    const candidates = {
      ...none,
      schemas: [{ added: 'b', dropped: ['a'] }],
      tables: [{ added: t, dropped: [{ schema: 'public', name: 'u' }] }],
      columns: [],
    };
    expect(
      openQuestions(candidates, {
        tables: [],
        columns: [],
        createdSchemas: ['b'],
        createdTables: [t],
      }),
    ).toEqual({ ...none, columns: [] });
  });
});
