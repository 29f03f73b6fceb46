import {
  assertRenamesMatch,
  parseColumnRename,
  parseSchemaRename,
  parseTableRename,
} from '@retort/autogenerate';

describe('rename flags', () => {
  it('parses tables with and without a schema', () => {
    expect(parseTableRename('tasks=todos')).toEqual({
      from: { schema: 'public', name: 'tasks' },
      to: { schema: 'public', name: 'todos' },
    });
    expect(parseTableRename('app.tasks=todos')).toEqual({
      from: { schema: 'app', name: 'tasks' },
      to: { schema: 'app', name: 'todos' },
    });
  });

  it('parses columns with and without a schema', () => {
    expect(parseColumnRename('tasks.title=name')).toEqual({
      table: { schema: 'public', name: 'tasks' },
      from: 'title',
      to: 'name',
    });
    expect(parseColumnRename('app.tasks.title=name')).toEqual({
      table: { schema: 'app', name: 'tasks' },
      from: 'title',
      to: 'name',
    });
  });

  it('parses a table move, with or without a new name', () => {
    expect(parseTableRename('tasks=app.tasks')).toEqual({
      from: { schema: 'public', name: 'tasks' },
      to: { schema: 'app', name: 'tasks' },
    });
    expect(parseTableRename('app.tasks=archive.todos')).toEqual({
      from: { schema: 'app', name: 'tasks' },
      to: { schema: 'archive', name: 'todos' },
    });
  });

  it('parses schema renames and refuses qualified names there', () => {
    expect(parseSchemaRename('shop=store')).toEqual({ from: 'shop', to: 'store' });
    expect(() => parseSchemaRename('a.shop=store')).toThrow(/--rename-schema .*expected old=new/);
  });

  it.each(['tasks', 'tasks=', '=x', 'a.b.c=d', 'a=b=c', 'a=b.c.d'])(
    'rejects --rename-table %s with the expected form',
    (text) => {
      expect(() => parseTableRename(text)).toThrow(
        /--rename-table .*expected \[schema\.\]old=\[schema\.\]new/,
      );
    },
  );

  it.each(['title=name', 'tasks.title', 'a.b.c.d=e'])(
    'rejects --rename-column %s with the expected form',
    (text) => {
      expect(() => parseColumnRename(text)).toThrow(
        /--rename-column .*expected \[schema\.\]table\.old=new/,
      );
    },
  );

  it('refuses a rename that matches no dropped/added pair', () => {
    const candidates = {
      schemas: [],
      enums: [],
      sequences: [],
      tables: [
        {
          added: { schema: 'public', name: 'todos' },
          dropped: [{ schema: 'public', name: 'tasks' }],
        },
      ],
      columns: [{ table: { schema: 'public', name: 'users' }, added: 'name', dropped: ['title'] }],
    };
    expect(() =>
      assertRenamesMatch(
        {
          tables: [parseTableRename('tasks=todos')],
          columns: [parseColumnRename('users.title=name')],
        },
        candidates,
      ),
    ).not.toThrow();
    expect(() =>
      assertRenamesMatch({ tables: [parseTableRename('task=todos')], columns: [] }, candidates),
    ).toThrow('No matching dropped/added pair for --rename-table public.task=public.todos.');
  });
});
