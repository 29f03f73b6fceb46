import { diff, downgradeFor } from '@retort/diff';
import { col, enumType, idTable, model } from './builders';

const ops = (entries: { op: unknown }[]) => entries.map((e) => e.op);

describe('enums', () => {
  it('creates and drops enums (the drop carries its labels)', () => {
    expect(ops(diff(model(), model({ enums: [enumType('mood', ['a', 'b'])] })))).toEqual([
      { kind: 'createEnum', name: 'mood', values: ['a', 'b'] },
    ]);
    expect(ops(diff(model({ enums: [enumType('mood', ['a', 'b'])] }), model()))).toEqual([
      { kind: 'dropEnum', name: 'mood', definition: { values: ['a', 'b'] } },
    ]);
  });

  it('adds values in place, placed with BEFORE/AFTER', () => {
    const before = model({ enums: [enumType('mood', ['ok', 'happy'])] });
    const after = model({
      enums: [enumType('mood', ['sad', 'meh', 'ok', 'glad', 'happy', 'ecstatic'])],
    });
    expect(ops(diff(before, after))).toEqual([
      { kind: 'addEnumValue', name: 'mood', value: 'sad', before: 'ok' },
      { kind: 'addEnumValue', name: 'mood', value: 'meh', after: 'sad' },
      { kind: 'addEnumValue', name: 'mood', value: 'glad', after: 'ok' },
      { kind: 'addEnumValue', name: 'mood', value: 'ecstatic', after: 'happy' },
    ]);
  });

  it('adds a value before the column that uses it', () => {
    const before = model({ enums: [enumType('mood', ['ok'])], tables: [idTable('t')] });
    const after = model({
      enums: [enumType('mood', ['ok', 'sad'])],
      tables: [idTable('t', [col('m', 'public.mood', { default: "'sad'::mood" })])],
    });
    expect(ops(diff(before, after)).map((o) => (o as { kind: string }).kind)).toEqual([
      'addEnumValue',
      'addColumn',
    ]);
  });

  it('creates an enum before the new table that uses it, and drops it after the table', () => {
    const withEnum = model({
      enums: [enumType('mood', ['ok'])],
      tables: [idTable('t', [col('m', 'public.mood')])],
    });
    expect(ops(diff(model(), withEnum)).map((o) => (o as { kind: string }).kind)).toEqual([
      'createEnum',
      'createTable',
    ]);
    expect(ops(diff(withEnum, model())).map((o) => (o as { kind: string }).kind)).toEqual([
      'dropTable',
      'dropEnum',
    ]);
  });

  it('recreates an enum whose labels are removed or reordered: rename, create, cast, drop', () => {
    const table = (def: string | null) =>
      idTable('t', [
        col('m', 'public.mood', { default: def, nullable: false }),
        col('ms', 'public.mood[]'),
      ]);
    const before = model({
      enums: [enumType('mood', ['sad', 'ok', 'happy'])],
      tables: [table("'ok'::mood")],
    });
    const after = model({
      enums: [enumType('mood', ['happy', 'ok'])],
      tables: [table("'ok'::mood")],
    });
    const entries = diff(before, after);
    expect(ops(entries)).toEqual([
      {
        kind: 'alterColumn',
        table: 't',
        column: 'm',
        default: null,
        existingDefault: "'ok'::mood",
      },
      { kind: 'renameEnum', name: 'mood', newName: 'mood_old' },
      { kind: 'createEnum', name: 'mood', values: ['happy', 'ok'] },
      {
        kind: 'alterColumn',
        table: 't',
        column: 'm',
        type: 'public.mood',
        existingType: 'public.mood_old',
        using: '"m"::text::public.mood',
        default: "'ok'::mood",
        existingDefault: null,
      },
      {
        kind: 'alterColumn',
        table: 't',
        column: 'ms',
        type: 'public.mood[]',
        existingType: 'public.mood_old[]',
        using: '"ms"::text[]::public.mood[]',
      },
      { kind: 'dropEnum', name: 'mood_old', definition: { values: ['sad', 'ok', 'happy'] } },
    ]);
    expect(entries[1]!.hazards.map((h) => h.code)).toEqual(['data-loss']);
    expect(entries[1]!.reverse).toBeUndefined();
  });

  it('reverses a recreation step by step', () => {
    const before = model({
      enums: [enumType('mood', ['a', 'b'])],
      tables: [idTable('t', [col('m', 'public.mood')])],
    });
    const after = model({
      enums: [enumType('mood', ['b', 'a'])],
      tables: [idTable('t', [col('m', 'public.mood')])],
    });
    expect(downgradeFor(diff(before, after))).toEqual([
      { op: { kind: 'createEnum', name: 'mood_old', values: ['a', 'b'] } },
      {
        op: {
          kind: 'alterColumn',
          table: 't',
          column: 'm',
          type: 'public.mood_old',
          existingType: 'public.mood',
          using: '"m"::text::public.mood_old',
        },
      },
      { op: { kind: 'dropEnum', name: 'mood', definition: { values: ['b', 'a'] } } },
      { op: { kind: 'renameEnum', name: 'mood_old', newName: 'mood' } },
    ]);
  });

  it('downgrades added values by recreating the type without them', () => {
    const t = (def: string) => idTable('t', [col('m', 'public.e', { default: def })]);
    const entries = diff(
      model({ enums: [enumType('e', ['a'])], tables: [t("'a'::e")] }),
      model({ enums: [enumType('e', ['z', 'a', 'b'])], tables: [t("'a'::e")] }),
    );
    expect(entries.map((e) => e.op)).toEqual([
      { kind: 'addEnumValue', name: 'e', value: 'z', before: 'a' },
      { kind: 'addEnumValue', name: 'e', value: 'b', after: 'a' },
    ]);
    expect(entries[1]!.reverse).toEqual([]);
    expect(downgradeFor(entries)).toEqual([
      {
        op: {
          kind: 'alterColumn',
          table: 't',
          column: 'm',
          default: null,
          existingDefault: "'a'::e",
        },
      },
      { op: { kind: 'renameEnum', name: 'e', newName: 'e_old' } },
      { op: { kind: 'createEnum', name: 'e', values: ['a'] } },
      {
        op: {
          kind: 'alterColumn',
          table: 't',
          column: 'm',
          type: 'public.e',
          existingType: 'public.e_old',
          using: '"m"::text::public.e',
        },
      },
      { op: { kind: 'dropEnum', name: 'e_old', definition: { values: ['z', 'a', 'b'] } } },
      {
        op: {
          kind: 'alterColumn',
          table: 't',
          column: 'm',
          default: "'a'::e",
          existingDefault: null,
        },
      },
    ]);
  });
});
