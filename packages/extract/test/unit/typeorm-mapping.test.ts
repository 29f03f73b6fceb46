import { join } from 'node:path';
import { extractTypeorm } from '../../src/typeorm/extract-typeorm';

const DIR = join(__dirname, '..', 'fixtures', 'typeorm');
const extract = (entities: string) => extractTypeorm({ entities, cwd: DIR });

describe('TypeORM → SchemaModel (pure, offline metadata)', () => {
  test('decorator metadata gives the column types', async () => {
    const [articles] = (await extract('decorator-metadata.ts')).tables;
    expect(articles!.columns.slice(0, 4).map((c) => `${c.name} ${c.type} ${c.nullable}`)).toEqual([
      'id integer false', 'title character varying false', 'published boolean false', 'publishedAt timestamp without time zone true',
    ]);
  });

  test('enums are named <table>_<column>_enum unless enumName is given, and shared by name', async () => {
    const model = await extract('enums.ts');
    expect(model.enums.map((e) => e.name)).toEqual(['accounts_extraroles_enum', 'accounts_role_enum', 'colour']);
    expect(model.tables[0]!.columns.map((c) => c.type)).toEqual(['integer', 'public.accounts_role_enum', 'public.accounts_extraroles_enum[]', 'public.colour']);
  });

  test('many-to-many junction tables come from TypeORM metadata, with its key and index names', async () => {
    const model = await extract('many-to-many.ts');
    const junction = model.tables.find((t) => t.name === 'questions_tags_tags')!;
    expect(junction.columns.map((c) => c.name)).toEqual(['questionsId', 'tagsId']);
    expect(junction.primaryKey!.name).toMatch(/^PK_[0-9a-f]{27}$/);
    expect(junction.foreignKeys.map((f) => [f.referencedTable, f.onDelete])).toEqual(
      expect.arrayContaining([['questions', 'cascade'], ['tags', 'cascade']]),
    );
    expect(model.tables.map((t) => t.name)).toContain('question_watchers');
  });

  test('increment → serial with an owned sequence; identity keeps its generation', async () => {
    const model = await extract('generation-strategies.ts');
    expect(model.sequences.map((s) => s.name)).toEqual(['big_counters_id_seq', 'counters_id_seq']);
    expect(model.tables.find((t) => t.name === 'identities')!.columns[0]!.identity).toMatchObject({ generation: 'always', sequenceName: 'identities_id_seq' });
  });

  test('comments on tables and columns', async () => {
    const [boxes] = (await extract('comments-generated.ts')).tables;
    expect(boxes!.comment).toBe('Shipping boxes');
    expect(boxes!.columns.map((c) => c.comment)).toEqual(['Box number', "Width in cm (it's metric)", null, null, null]);
  });

  test('circular entity imports load; a type-alias column is character varying; Relation<T> and lazy Promise<T> relations', async () => {
    const model = await extract('circular-entities.ts');
    const posts = model.tables.find((t) => t.name === 'posts')!;
    expect(posts.columns.map((c) => `${c.name} ${c.type}`)).toEqual(expect.arrayContaining([
      'state character varying', 'visibility character varying', 'authorId integer', 'editorId integer', 'reviewerId integer',
    ]));
    expect(posts.foreignKeys.map((f) => `${f.columns[0]} → ${f.referencedTable}`).sort()).toEqual(['authorId → users', 'editorId → users', 'reviewerId → users']);
  });

  test('one enumName shared by several columns, values given on one of them: one type used by all', async () => {
    const model = await extract('shared-enum-name.ts');
    expect(model.enums).toEqual([{ schema: 'public', name: 'kind', values: ['book', 'film'] }]);
    const types = model.tables.flatMap((t) => t.columns.filter((c) => c.name !== 'id').map((c) => `${t.name}.${c.name} ${c.type}`));
    expect(types).toEqual(['items.kind public.kind', 'items.previousKind public.kind', 'wishes.kinds public.kind[]']);
  });

  test('synchronize: false entities and join tables are skipped (with a note) and reported unmanaged, with the ORM bookkeeping tables', async () => {
    const notes: string[] = [];
    const unmanaged: string[] = [];
    const model = await extractTypeorm({
      entities: 'synchronize-false.ts', cwd: DIR, onNote: (n) => notes.push(n), onUnmanaged: (t) => unmanaged.push(`${t.schema}.${t.name}`),
    });
    expect(model.tables.map((t) => t.name).sort()).toEqual(['labels', 'note_tags', 'notes']);
    expect(unmanaged.sort()).toEqual(['public.legacy_reports', 'public.migrations', 'public.note_labels_legacy', 'public.typeorm_metadata']);
    expect(notes).toEqual([
      'Skipped entity LegacyReport (table public.legacy_reports): synchronize: false, so retort leaves it unmanaged.',
      'Skipped join table note_labels_legacy (table public.note_labels_legacy): synchronize: false, so retort leaves it unmanaged.',
    ]);
  });

  test('comments lose their NUL characters as TypeORM writes them (nothing left: no comment)', async () => {
    const notes = (await extract('synchronize-false.ts')).tables.find((t) => t.name === 'notes')!;
    expect(notes.comment).toBe('Notes kept');
    expect(notes.columns.map((c) => c.comment)).toEqual([null, 'foo: ', null]);
  });
});
