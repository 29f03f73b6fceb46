import { assertRenamesMatch, parseColumnRename, parseTableRename } from '@retort/autogenerate';

describe('rename flags', () => {
  it('parses tables with and without a schema', () => {
    expect(parseTableRename('tasks=todos')).toEqual({ from: { schema: 'public', name: 'tasks' }, to: { schema: 'public', name: 'todos' } });
    expect(parseTableRename('app.tasks=todos')).toEqual({ from: { schema: 'app', name: 'tasks' }, to: { schema: 'app', name: 'todos' } });
  });

  it('parses columns with and without a schema', () => {
    expect(parseColumnRename('tasks.title=name')).toEqual({ table: { schema: 'public', name: 'tasks' }, from: 'title', to: 'name' });
    expect(parseColumnRename('app.tasks.title=name')).toEqual({ table: { schema: 'app', name: 'tasks' }, from: 'title', to: 'name' });
  });

  it.each(['tasks', 'tasks=', '=x', 'a.b.c=d', 'a=b=c'])('rejects --rename-table %s with the expected form', (text) => {
    expect(() => parseTableRename(text)).toThrow(/--rename-table .*expected \[schema\.\]old=new/);
  });

  it.each(['title=name', 'tasks.title', 'a.b.c.d=e'])('rejects --rename-column %s with the expected form', (text) => {
    expect(() => parseColumnRename(text)).toThrow(/--rename-column .*expected \[schema\.\]table\.old=new/);
  });

  it('refuses a rename that matches no dropped/added pair', () => {
    const candidates = {
      tables: [{ added: { schema: 'public', name: 'todos' }, dropped: [{ schema: 'public', name: 'tasks' }] }],
      columns: [{ table: { schema: 'public', name: 'users' }, added: 'name', dropped: ['title'] }],
    };
    expect(() =>
      assertRenamesMatch({ tables: [parseTableRename('tasks=todos')], columns: [parseColumnRename('users.title=name')] }, candidates),
    ).not.toThrow();
    expect(() => assertRenamesMatch({ tables: [parseTableRename('task=todos')], columns: [] }, candidates)).toThrow(
      'No matching dropped/added pair for --rename-table public.task=todos.',
    );
  });
});
