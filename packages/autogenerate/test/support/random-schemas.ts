import fc from 'fast-check';
import type { RenameAnswers } from '../../src';

/**
 * The multi-schema part of a random model: extra Postgres schemas (`<run schema>_<suffix>`)
 * holding enums, sequences and tables with identity columns (with options), generated columns,
 * indexes with storage parameters and enum columns; and edits that rename or move each kind.
 */
export interface ExtraEnum {
  schema: string;
  name: string;
  values: string[];
}
export interface ExtraSequence {
  schema: string;
  name: string;
  start: number;
}
export interface ExtraTable {
  schema: string;
  name: string;
  identity: { always: boolean; start: number; increment: number };
  generated: boolean;
  fillfactor: number | null;
  /** The enum (by its position in `enums`) a column `e` uses, if any. */
  enumColumn: number | null;
}
export interface Extras {
  schemas: string[];
  enums: ExtraEnum[];
  sequences: ExtraSequence[];
  tables: ExtraTable[];
}

export const EXTRA_EDITS = [
  'renameSchema',
  'moveTable',
  'moveEnum',
  'moveSequence',
  'identityOptions',
  'fillfactor',
  'toggleGenerated',
] as const;
export type ExtraEditKind = (typeof EXTRA_EDITS)[number];

/** 2–3 schemas x0…, each with an enum, a sequence and a table (its name carries the schema's, so moves never collide). */
export const extrasArb: fc.Arbitrary<Extras> = fc
  .array(
    fc.record({
      start: fc.integer({ min: 1, max: 50 }),
      increment: fc.integer({ min: 1, max: 5 }),
      always: fc.boolean(),
      generated: fc.boolean(),
      fillfactor: fc.option(fc.constantFrom(70, 90), { nil: null }),
      usesEnum: fc.boolean(),
    }),
    { minLength: 2, maxLength: 3 },
  )
  .map((raw) => ({
    schemas: raw.map((_, i) => `x${i}`),
    enums: raw.map((_, i) => ({
      schema: `x${i}`,
      name: `mood_${i}`,
      values: i % 2 ? ['a', 'b'] : ['b', 'c', 'a'],
    })),
    sequences: raw.map((r, i) => ({ schema: `x${i}`, name: `counter_${i}`, start: r.start + i })),
    tables: raw.map((r, i) => ({
      schema: `x${i}`,
      name: `items_${i}`,
      identity: { always: r.always, start: r.start, increment: r.increment },
      generated: r.generated,
      fillfactor: r.fillfactor,
      enumColumn: r.usesEnum ? (i + 1) % raw.length : null,
    })),
  }));

const full = (run: string, suffix: string) => `${run}_${suffix}`;

/** Applies one extra edit to `x` (a copy), recording the renames; `original` is the database's model. */
export function applyExtraEdit(
  x: Extras,
  original: Extras,
  kind: ExtraEditKind,
  a: number,
  b: number,
  c: number,
  run: string,
  renames: RenameAnswers,
  touched: Set<string>,
): string | null {
  const pick = <T>(list: T[], n: number) => list[n % list.length]!;
  const other = (schema: string) =>
    x.schemas.filter((s) => s !== schema)[b % (x.schemas.length - 1)]!;
  const at = (schema: string, name: string) => ({ schema: full(run, schema), name });
  switch (kind) {
    case 'renameSchema': {
      const s = pick(x.schemas, a);
      if (touched.has(`moved:${s}`) || !original.schemas.includes(s)) return null;
      const to = `${s}r`;
      for (const list of [x.enums, x.sequences, x.tables] as { schema: string }[][])
        for (const o of list) if (o.schema === s) o.schema = to;
      x.schemas = x.schemas.map((n) => (n === s ? to : n));
      (renames.schemas ??= []).push({ from: full(run, s), to: full(run, to) });
      touched.add(`renamed:${to}`);
      return `rename schema ${s} → ${to}`;
    }
    case 'moveTable':
    case 'moveEnum':
    case 'moveSequence': {
      const list: { schema: string; name: string }[] =
        kind === 'moveTable' ? x.tables : kind === 'moveEnum' ? x.enums : x.sequences;
      const o = pick(list, a);
      const was = (
        kind === 'moveTable'
          ? original.tables
          : kind === 'moveEnum'
            ? original.enums
            : original.sequences
      ).find((p) => p.name === o.name && p.schema === o.schema);
      if (was === undefined || touched.has(`renamed:${o.schema}`)) return null;
      const schema = c % 3 === 0 ? o.schema : other(o.schema);
      if (touched.has(`renamed:${schema}`)) return null;
      const name = c % 3 === 1 ? o.name : `${o.name}_r`;
      const rename = { from: at(o.schema, o.name), to: at(schema, name) };
      if (kind === 'moveTable') renames.tables.push(rename);
      else if (kind === 'moveEnum') (renames.enums ??= []).push(rename);
      else (renames.sequences ??= []).push(rename);
      touched.add(`moved:${o.schema}`).add(`moved:${schema}`);
      const log = `${kind} ${o.schema}.${o.name} → ${schema}.${name}`;
      o.schema = schema;
      o.name = name;
      return log;
    }
    case 'identityOptions': {
      const t = pick(x.tables, a);
      t.identity = { always: c % 2 === 0, start: 1 + (b % 30), increment: 1 + (c % 4) };
      return `identity of ${t.name}: ${JSON.stringify(t.identity)}`;
    }
    case 'fillfactor': {
      const t = pick(x.tables, a);
      t.fillfactor =
        t.fillfactor === null ? 60 + (b % 3) * 10 : c % 2 ? null : t.fillfactor === 70 ? 80 : 70;
      return `fillfactor of ${t.name}_a_idx: ${t.fillfactor}`;
    }
    case 'toggleGenerated': {
      const t = pick(x.tables, a);
      t.generated = !t.generated;
      return `${t.name}.g ${t.generated ? 'added' : 'dropped'}`;
    }
  }
}

/** Every schema the extras may use, before or after edits (for introspection). */
export const extraSchemaNames = (x: Extras | undefined, run: string): string[] =>
  (x?.schemas ?? []).map((s) => full(run, s));

/** Drizzle source of the extras (after the main model, which imports pgSchema, integer, index, sql). */
export function extrasSource(x: Extras, run: string): string[] {
  const v = (s: string) => `s_${s}`;
  const lines = x.schemas.map((s) => `export const ${v(s)} = pgSchema('${full(run, s)}');`);
  x.enums.forEach((e, i) =>
    lines.push(
      `export const enum_${i} = ${v(e.schema)}.enum('${e.name}', ${JSON.stringify(e.values)});`,
    ),
  );
  x.sequences.forEach((q, i) =>
    lines.push(
      `export const seq_${i} = ${v(q.schema)}.sequence('${q.name}', { startWith: ${q.start} });`,
    ),
  );
  x.tables.forEach((t, i) => {
    const id = `integer('id').primaryKey().generated${t.identity.always ? 'Always' : 'ByDefault'}AsIdentity({ startWith: ${t.identity.start}, increment: ${t.identity.increment} })`;
    const cols = [`id: ${id}`, `a: integer('a')`];
    if (t.generated) cols.push("g: integer('g').generatedAlwaysAs(sql`a * 2`)");
    if (t.enumColumn !== null) cols.push(`e: enum_${t.enumColumn}('e')`);
    const ix = `index('${t.name}_a_idx').on(t.a)${t.fillfactor === null ? '' : `.with({ fillfactor: ${t.fillfactor} })`}`;
    lines.push(
      `export const tbl_x${i} = ${v(t.schema)}.table('${t.name}', { ${cols.join(', ')} }, (t) => [${ix}]);`,
    );
  });
  return lines;
}
