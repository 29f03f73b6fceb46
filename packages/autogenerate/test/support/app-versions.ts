import type { RenameAnswers } from '../../src';

/**
 * The data and expectations around the app-v1/v2/v3 fixtures (Drizzle and TypeORM describe
 * the same tables and columns, so one script serves both).
 */
export interface Probe {
  sql: string;
  rows: Record<string, unknown>[];
}

export interface VersionStep {
  version: 1 | 2 | 3;
  /** Rows written while the database is at the previous version, before the upgrade. */
  seed: string;
  renames?: RenameAnswers;
  /** Queries whose rows must be as given after the upgrade (values kept across the edit). */
  afterUpgrade: Probe[];
  /** Queries whose rows must be as given after `downgrade -1` (the previous version again). */
  afterDowngrade: Probe[];
}

const table = (name: string, schema = 'public') => ({ schema, name });

export const STEPS: VersionStep[] = [
  { version: 1, seed: '', afterUpgrade: [], afterDowngrade: [] },
  {
    version: 2,
    seed: `
      insert into users (email, name, age, status) values ('ann@example.com', 'Ann', 30, 'active'), ('bob@example.com', 'Bob', 41, 'active');
      insert into posts (user_id, title, body, score) values (1, 'Hello', 'first', 5), (2, 'World', null, 7);
      insert into tags (label) values ('news');
      insert into legacy_notes (content) values ('remember');
      insert into app.projects (name, owner_id) values ('Apollo', 1);`,
    // comments is new while tags is dropped: a rename question too, answered "created"
    renames: {
      tables: [{ from: table('legacy_notes'), to: table('notes') }],
      columns: [{ table: table('users'), from: 'name', to: 'full_name' }],
      createdTables: [table('comments')],
    },
    afterUpgrade: [
      {
        sql: 'select email, full_name, age::text as age, status::text as status from users order by id',
        rows: [
          { email: 'ann@example.com', full_name: 'Ann', age: '30', status: 'active' },
          { email: 'bob@example.com', full_name: 'Bob', age: '41', status: 'active' },
        ],
      },
      { sql: 'select content from notes order by id', rows: [{ content: 'remember' }] },
      { sql: 'select title, score from posts order by id', rows: [{ title: 'Hello', score: 5 }, { title: 'World', score: 7 }] },
      { sql: 'select name, owner_id from app.projects', rows: [{ name: 'Apollo', owner_id: 1 }] },
    ],
    afterDowngrade: [
      { sql: 'select name, age::text as age from users order by id', rows: [{ name: 'Ann', age: '30' }, { name: 'Bob', age: '41' }] },
      { sql: 'select content from legacy_notes order by id', rows: [{ content: 'remember' }] },
    ],
  },
  {
    version: 3,
    seed: `
      insert into users (email, full_name, age, status, bio) values ('cy@example.com', 'Cy', 52, 'pending', 'hi');
      insert into posts (user_id, title, score) values (3, 'Again', 50);
      insert into comments (post_id, body) values (1, 'nice');
      insert into notes (content) values ('second');
      insert into app.projects (name, owner_id) values ('Gemini', 2);`,
    afterUpgrade: [
      {
        sql: 'select email, full_name, age::text as age, status::text as status from users order by id',
        rows: [
          { email: 'ann@example.com', full_name: 'Ann', age: '30', status: 'active' },
          { email: 'bob@example.com', full_name: 'Bob', age: '41', status: 'active' },
          { email: 'cy@example.com', full_name: 'Cy', age: '52', status: 'pending' },
        ],
      },
      { sql: 'select user_id, title from posts order by id', rows: [{ user_id: 1, title: 'Hello' }, { user_id: 2, title: 'World' }, { user_id: 3, title: 'Again' }] },
      { sql: 'select body from comments', rows: [{ body: 'nice' }] },
    ],
    afterDowngrade: [
      { sql: 'select email, age::text as age, status::text as status from users where id = 3', rows: [{ email: 'cy@example.com', age: '52', status: 'pending' }] },
      { sql: 'select count(*)::int as n from app.projects', rows: [{ n: 2 }] },
    ],
  },
];
