import fc from 'fast-check';
import type { RenameAnswers } from '../../src';
import { applyExtraEdit, EXTRA_EDITS, extrasArb, extrasSource, type ExtraEditKind, type Extras } from './random-schemas';

/**
 * Small random application models for the property test, rendered as Drizzle schema source
 * (so that extraction is part of what is exercised), and random edits of them.
 */
export type ColumnType = 'integer' | 'bigint' | 'numeric' | 'text' | 'varchar40' | 'varchar80' | 'boolean' | 'timestamp';

export interface RandomColumn {
  name: string;
  type: ColumnType;
  nullable: boolean;
  /** Index into the type's DEFAULTS, or null for no default. */
  defaultPick: number | null;
}

export interface RandomTable {
  name: string;
  columns: RandomColumn[];
  /** A column with a plain index (`<table>_idx`), if any. */
  index: string | null;
  /** Integer columns `ref_<n>` referencing `<table>.id`. */
  references: { column: string; table: string }[];
}

export interface RandomModel {
  tables: RandomTable[];
  /** Extra schemas with enums, sequences and identity tables (random-schemas.ts). */
  extras?: Extras;
}

const TYPES: Record<ColumnType, { builder: (name: string) => string; defaults: string[] }> = {
  integer: { builder: (n) => `integer('${n}')`, defaults: ['.default(0)', '.default(42)'] },
  bigint: { builder: (n) => `bigint('${n}', { mode: 'number' })`, defaults: ['.default(7)'] },
  numeric: { builder: (n) => `numeric('${n}', { precision: 10, scale: 2 })`, defaults: [".default('1.50')"] },
  text: { builder: (n) => `text('${n}')`, defaults: [".default('hello')", ".default('')"] },
  varchar40: { builder: (n) => `varchar('${n}', { length: 40 })`, defaults: [".default('abc')"] },
  varchar80: { builder: (n) => `varchar('${n}', { length: 80 })`, defaults: [".default('xyz')"] },
  boolean: { builder: (n) => `boolean('${n}')`, defaults: ['.default(true)', '.default(false)'] },
  timestamp: { builder: (n) => `timestamp('${n}')`, defaults: ['.defaultNow()'] },
};
const TYPE_NAMES = Object.keys(TYPES) as ColumnType[];

/** Type changes PostgreSQL can make with a cast (`USING col::new`), all of them on an empty table. */
const CASTABLE: Record<ColumnType, ColumnType[]> = {
  integer: ['bigint', 'numeric', 'text', 'varchar40', 'boolean'],
  bigint: ['integer', 'numeric', 'text', 'varchar80'],
  numeric: ['integer', 'bigint', 'text'],
  text: ['varchar40', 'varchar80', 'integer', 'boolean', 'timestamp'],
  varchar40: ['varchar80', 'text', 'integer'],
  varchar80: ['varchar40', 'text'],
  boolean: ['integer', 'text'],
  timestamp: ['text', 'varchar80'],
};

const columnArb = fc.record({
  type: fc.constantFrom(...TYPE_NAMES),
  nullable: fc.boolean(),
  defaultPick: fc.option(fc.nat(3), { nil: null }),
});

const tableArb = fc.record({
  columns: fc.array(columnArb, { minLength: 1, maxLength: 4 }),
  index: fc.option(fc.nat(3), { nil: null }),
  reference: fc.option(fc.nat(3), { nil: null }),
});

/** 2–4 tables t0…, each an `id serial` key plus 1–4 columns, maybe an index and an FK to another table. */
export const modelArb: fc.Arbitrary<RandomModel> = fc.tuple(fc.array(tableArb, { minLength: 2, maxLength: 4 }), extrasArb).map(([raw, extras]) => ({
  extras,
  tables: raw.map((t, ti) => {
    const columns = t.columns.map((c, ci) => ({ ...c, name: `c${ci}`, defaultPick: normalizeDefault(c.type, c.defaultPick) }));
    const other = t.reference === null ? null : (ti + 1 + (t.reference % (raw.length - 1))) % raw.length;
    return {
      name: `t${ti}`,
      columns,
      index: t.index === null ? null : columns[t.index % columns.length]!.name,
      references: other === null ? [] : [{ column: `ref_${other}`, table: `t${other}` }],
    };
  }),
}));

function normalizeDefault(type: ColumnType, pick: number | null): number | null {
  return pick === null ? null : pick % TYPES[type].defaults.length;
}

export type EditKind =
  | ExtraEditKind
  | 'addColumn' | 'dropColumn' | 'renameColumn' | 'changeType' | 'toggleNullable' | 'changeDefault'
  | 'toggleIndex' | 'moveIndex' | 'addReference' | 'dropReference' | 'addTable' | 'dropTable' | 'renameTable';

export interface Edit {
  kind: EditKind;
  a: number;
  b: number;
  c: number;
}

export const editsArb: fc.Arbitrary<Edit[]> = fc.array(
  fc.record({
    kind: fc.constantFrom<EditKind>(
      'addColumn', 'dropColumn', 'renameColumn', 'changeType', 'toggleNullable', 'changeDefault',
      'toggleIndex', 'moveIndex', 'addReference', 'dropReference', 'addTable', 'dropTable', 'renameTable',
      ...EXTRA_EDITS,
    ),
    a: fc.nat(99),
    b: fc.nat(99),
    c: fc.nat(99),
  }),
  { minLength: 1, maxLength: 5 },
);

export interface Edited {
  model: RandomModel;
  /** The renames the edits made (answered as a prompt would). */
  renames: RenameAnswers;
  /** What was done, for failure messages. */
  log: string[];
}

const clone = (m: RandomModel): RandomModel => JSON.parse(JSON.stringify(m)) as RandomModel;

/** Applies the edits; indices are taken modulo what exists, so every edit list is valid. */
export function applyEdits(model: RandomModel, edits: readonly Edit[], schema: string): Edited {
  const m = clone(model);
  const renames: RenameAnswers = { tables: [], columns: [] };
  const log: string[] = [];
  let fresh = 0;
  const freshName = (prefix: string, taken: string[]) => {
    let name = `${prefix}${fresh++}`;
    while (taken.includes(name)) name = `${prefix}${fresh++}`;
    return name;
  };
  const touched = new Set<string>();
  for (const e of edits) {
    if ((EXTRA_EDITS as readonly string[]).includes(e.kind)) {
      if (!m.extras || !model.extras) continue;
      const done = applyExtraEdit(m.extras, model.extras, e.kind as ExtraEditKind, e.a, e.b, e.c, schema, renames, touched);
      if (done !== null) log.push(done);
      continue;
    }
    const t = m.tables[e.a % m.tables.length]!;
    const col = t.columns.length ? t.columns[e.b % t.columns.length]! : null;
    switch (e.kind) {
      case 'addColumn': {
        const type = TYPE_NAMES[e.b % TYPE_NAMES.length]!;
        const name = freshName('n', t.columns.map((c) => c.name));
        t.columns.push({ name, type, nullable: e.c % 2 === 0, defaultPick: e.c % 3 === 0 ? null : normalizeDefault(type, e.c) });
        log.push(`add ${t.name}.${name} ${type}`);
        break;
      }
      case 'dropColumn':
        if (!col || t.columns.length < 2) break;
        t.columns = t.columns.filter((c) => c !== col);
        if (t.index === col.name) t.index = null;
        // a renamed-then-dropped column is simply dropped
        renames.columns = renames.columns.filter((r) => !(r.table.name === t.name && r.to === col.name));
        log.push(`drop ${t.name}.${col.name}`);
        break;
      case 'renameColumn': {
        if (!col || renames.columns.some((r) => r.table.name === t.name) || renames.tables.some((r) => r.to.name === t.name)) break;
        // only columns the database has can be renamed
        if (!model.tables.some((o) => o.name === t.name && o.columns.some((c) => c.name === col.name))) break;
        const to = `${col.name}_r`;
        renames.columns.push({ table: { schema, name: t.name }, from: col.name, to });
        if (t.index === col.name) t.index = to;
        col.name = to;
        log.push(`rename ${t.name}.${col.name.slice(0, -2)} → ${to}`);
        break;
      }
      case 'changeType': {
        if (!col) break;
        const options = CASTABLE[col.type];
        const type = options[e.c % options.length]!;
        log.push(`type ${t.name}.${col.name} ${col.type} → ${type}`);
        col.type = type;
        col.defaultPick = col.defaultPick === null ? null : normalizeDefault(type, e.c);
        break;
      }
      case 'toggleNullable':
        if (!col) break;
        col.nullable = !col.nullable;
        log.push(`${t.name}.${col.name} ${col.nullable ? 'nullable' : 'not null'}`);
        break;
      case 'changeDefault': {
        if (!col) break;
        const n = TYPES[col.type].defaults.length;
        const next = col.defaultPick === null ? e.c % n : col.defaultPick + 1 < n && e.c % 2 === 0 ? col.defaultPick + 1 : null;
        log.push(`default ${t.name}.${col.name} ${col.defaultPick} → ${next}`);
        col.defaultPick = next;
        break;
      }
      case 'toggleIndex':
        t.index = t.index === null && col ? col.name : null;
        log.push(`index on ${t.name}: ${t.index ?? 'none'}`);
        break;
      case 'moveIndex':
        if (t.index === null || !col || col.name === t.index) break;
        t.index = col.name;
        log.push(`index on ${t.name} moved to ${col.name}`);
        break;
      case 'addReference': {
        const others = m.tables.filter((o) => o !== t && !t.references.some((r) => r.table === o.name));
        if (!others.length) break;
        const target = others[e.b % others.length]!;
        const column = freshName('ref_', t.columns.map((c) => c.name).concat(t.references.map((r) => r.column)));
        t.references.push({ column, table: target.name });
        log.push(`add FK ${t.name}.${column} → ${target.name}`);
        break;
      }
      case 'dropReference': {
        if (!t.references.length) break;
        const r = t.references[e.b % t.references.length]!;
        t.references = t.references.filter((x) => x !== r);
        // keep the column (only the constraint goes) or drop both
        if (e.c % 2 === 0) t.columns.push({ name: r.column, type: 'integer', nullable: true, defaultPick: null });
        log.push(`drop FK ${t.name}.${r.column}${e.c % 2 === 0 ? ' (column kept)' : ''}`);
        break;
      }
      case 'addTable': {
        if (m.tables.length >= 5) break;
        const name = freshName('a', m.tables.map((x) => x.name));
        m.tables.push({ name, columns: [{ name: 'c0', type: TYPE_NAMES[e.b % TYPE_NAMES.length]!, nullable: true, defaultPick: null }], index: null, references: e.c % 2 ? [{ column: 'ref_0', table: t.name }] : [] });
        log.push(`add table ${name}`);
        break;
      }
      case 'dropTable': {
        if (m.tables.length < 2 || renames.tables.some((r) => r.to.name === t.name) || renames.columns.some((r) => r.table.name === t.name)) break;
        m.tables = m.tables.filter((x) => x !== t);
        for (const o of m.tables) o.references = o.references.filter((r) => r.table !== t.name);
        log.push(`drop table ${t.name}`);
        break;
      }
      case 'renameTable': {
        if (renames.tables.some((r) => r.to.name === t.name) || renames.columns.some((r) => r.table.name === t.name)) break;
        if (model.tables.every((o) => o.name !== t.name)) break; // added in this edit list
        const to = `${t.name}_r`;
        renames.tables.push({ from: { schema, name: t.name }, to: { schema, name: to } });
        for (const o of m.tables) for (const r of o.references) if (r.table === t.name) r.table = to;
        log.push(`rename table ${t.name} → ${to}`);
        t.name = to;
        break;
      }
    }
  }
  return { model: m, renames, log };
}

const ident = (name: string) => `tbl_${name}`;

/** The model as a Drizzle schema module, its tables in the Postgres schema `schema`. */
export function drizzleSource(model: RandomModel, schema: string): string {
  const lines = [
    "import { sql } from 'drizzle-orm';",
    "import { bigint, boolean, index, integer, numeric, pgSchema, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';",
    '',
    `export const s = pgSchema('${schema}');`,
  ];
  for (const t of model.tables) {
    const cols = [`    id: serial('id').primaryKey(),`];
    for (const c of t.columns) {
      const def = c.defaultPick === null ? '' : TYPES[c.type].defaults[c.defaultPick]!;
      cols.push(`    ${c.name}: ${TYPES[c.type].builder(c.name)}${c.nullable ? '' : '.notNull()'}${def},`);
    }
    for (const r of t.references) cols.push(`    ${r.column}: integer('${r.column}').references(() => ${ident(r.table)}.id),`);
    const extra = t.index === null ? '' : `, (t) => [index('${t.name}_idx').on(t.${t.index})]`;
    lines.push('', `export const ${ident(t.name)} = s.table('${t.name}', {`, ...cols, `  }${extra});`);
  }
  if (model.extras) lines.push('', ...extrasSource(model.extras, schema));
  return `${lines.join('\n')}\n`;
}
