import type { DiffEntry } from '@retort/diff';
import { describeChanges, formatChanges, subjectOf } from '@retort/autogenerate';

const dropLogin: DiffEntry = {
  op: { kind: 'dropColumn', table: 'users', column: 'login_count' },
  hazards: [{ code: 'data-loss', message: 'drops column users.login_count', suggestion: '' }],
};
const indexName: DiffEntry = {
  op: { kind: 'createIndex', name: 'users_name_idx', table: 'users', columns: [{ column: 'name' }] },
  hazards: [{ code: 'long-lock', message: 'Creating index users_name_idx locks users against writes', suggestion: 'Use concurrently: true' }],
};
const createPosts: DiffEntry = { op: { kind: 'createTable', name: 'posts', schema: 'blog', columns: [{ name: 'id', type: 'integer' }] }, hazards: [] };
const createEnum: DiffEntry = { op: { kind: 'createEnum', name: 'mood', values: ['ok'] }, hazards: [] };

/** Marks styled text the way a colour would, so the tests can see what is highlighted. */
const tag = (name: string) => (text: string) => `<${name}>${text}</${name}>`;
const style = { heading: tag('b'), danger: tag('red'), warning: tag('yellow'), dim: tag('dim') };

describe('formatChanges text', () => {
  it('groups operations by table, marks hazards inline and sums them up at the end', () => {
    expect(formatChanges([dropLogin, createPosts, indexName, createEnum], 'text')).toBe(
      [
        '4 changes detected in 2 tables and 1 other object:',
        '',
        'table users',
        '  // ⚠ data loss: drops column users.login_count',
        "  await op.dropColumn('users', 'login_count');",
        '  // ⚠ long lock: Creating index users_name_idx locks users against writes',
        '  //   safer: Use concurrently: true',
        "  await op.createIndex('users_name_idx', 'users', ['name']);",
        '',
        'table blog.posts',
        "  await op.createTable('posts', { schema: 'blog', columns: [{ name: 'id', type: 'integer' }] });",
        '',
        'enum mood',
        "  await op.createEnum('mood', ['ok']);",
        '',
        'Operations: dropColumn ×1, createTable ×1, createIndex ×1, createEnum ×1',
        '⚠ 2 hazards: 1 data loss, 1 long lock',
        '  data loss: drops column users.login_count',
        '  long lock: Creating index users_name_idx locks users against writes',
      ].join('\n'),
    );
  });

  it('styles data loss as danger and locks as warnings; the SQL dimmed', () => {
    const text = formatChanges([dropLogin, indexName], 'text', { sql: true, style });
    expect(text.split('\n')).toEqual([
      '<b>2 changes detected in 1 table:</b>',
      '',
      '<b>table users</b>',
      '<red>  // ⚠ data loss: drops column users.login_count</red>',
      "  await op.dropColumn('users', 'login_count');",
      '<dim>    -- ALTER TABLE "users" DROP COLUMN "login_count";</dim>',
      '<yellow>  // ⚠ long lock: Creating index users_name_idx locks users against writes</yellow>',
      '<yellow>  //   safer: Use concurrently: true</yellow>',
      "  await op.createIndex('users_name_idx', 'users', ['name']);",
      '<dim>    -- CREATE INDEX "users_name_idx" ON "users" ("name");</dim>',
      '',
      'Operations: dropColumn ×1, createIndex ×1',
      '<red>⚠ 2 hazards: 1 data loss, 1 long lock</red>',
      '<red>  data loss: drops column users.login_count</red>',
      '<yellow>  long lock: Creating index users_name_idx locks users against writes</yellow>',
    ]);
  });

  it('says when there are no hazards, and JSON carries each hazard’s severity', () => {
    expect(formatChanges([createEnum], 'text').split('\n').slice(-2)).toEqual(['Operations: createEnum ×1', 'No hazards.']);
    const json = JSON.parse(formatChanges([dropLogin, indexName], 'json', { style })) as { operations: { hazards: { severity: string }[] }[] };
    expect(json.operations.map((o) => o.hazards.map((h) => h.severity))).toEqual([['danger'], ['warning']]);
  });

  it('keeps the markdown report unstyled', () => {
    expect(formatChanges([dropLogin], 'markdown', { style })).not.toMatch(/<\/?(b|red|yellow|dim)>/);
  });
});

describe('subjects and made-up messages', () => {
  it('names what an operation changes', () => {
    expect([dropLogin, createPosts, createEnum].map((e) => subjectOf(e.op))).toEqual([
      { kind: 'table', name: 'users' },
      { kind: 'table', name: 'blog.posts' },
      { kind: 'enum', name: 'mood' },
    ]);
    expect(subjectOf({ kind: 'addEnumValue', name: 'mood', value: 'sad' })).toEqual({ kind: 'enum', name: 'mood' });
    expect(subjectOf({ kind: 'execute', sql: 'select 1' })).toEqual({ kind: 'sql', name: 'statements' });
  });

  it('describes changes for a revision written without -m', () => {
    expect(describeChanges([dropLogin, indexName, createPosts])).toBe('update users, blog.posts');
    const many = ['a', 'b', 'c', 'd', 'e'].map((name): DiffEntry => ({ op: { kind: 'createTable', name, columns: [] }, hazards: [] }));
    expect(describeChanges(many)).toBe('update a, b, c and 2 more');
    expect(describeChanges([])).toBe('empty message');
  });
});
