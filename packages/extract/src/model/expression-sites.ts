import { compareText, type SchemaModel } from '@retort/schema';

/** One SQL expression in a model, with the context needed to canonicalise it. */
export interface ExpressionSite {
  kind: 'default' | 'generated' | 'check' | 'indexKey' | 'indexWhere' | 'exclusion' | 'policyUsing' | 'policyCheck' | 'roleSpec';
  schema: string;
  table: string;
  /** The column, for defaults and generated columns; else null. */
  column: string | null;
  /** The column's canonical type, for defaults and generated columns; else null. */
  type: string | null;
  /** The constraint or index name, for checks and index expressions; else null. */
  constraint: string | null;
  expression: string;
}

/**
 * Turns expressions as an ORM wrote them into the form PostgreSQL prints back (`pg_get_expr`),
 * e.g. by creating them on a scratch table. Returns one string per site, in order.
 */
export type ExpressionCanonicalizer = (
  sites: readonly ExpressionSite[],
  model: SchemaModel,
) => Promise<readonly string[]>;

interface Slot {
  site: ExpressionSite;
  set(value: string | null): void;
}

/** Every expression in the model (serial `nextval` defaults excluded: they are already canonical). */
export function expressionSlots(model: SchemaModel): Slot[] {
  const slots: Slot[] = [];
  const base = (schema: string, table: string) => ({
    schema,
    table,
    column: null,
    type: null,
    constraint: null,
  });
  for (const t of model.tables) {
    const owned = new Set(
      model.sequences
        .filter((s) => s.schema === t.schema && s.ownedBy?.table === t.name)
        .map((s) => s.ownedBy!.column),
    );
    for (const c of t.columns) {
      const ctx = { ...base(t.schema, t.name), column: c.name, type: c.type };
      if (c.default !== null && !owned.has(c.name)) {
        slots.push({
          site: { ...ctx, kind: 'default', expression: c.default },
          set: (v) => (c.default = v),
        });
      }
      const generated = c.generated;
      if (generated)
        slots.push({
          site: { ...ctx, kind: 'generated', expression: generated.expression },
          set: (v) => (generated.expression = v ?? ''),
        });
    }
    for (const k of t.checks) {
      slots.push({
        site: {
          ...base(t.schema, t.name),
          constraint: k.name,
          kind: 'check',
          expression: k.expression,
        },
        set: (v) => (k.expression = v ?? ''),
      });
    }
    for (const i of t.indexes) {
      const ctx = { ...base(t.schema, t.name), constraint: i.name };
      for (const key of i.keys) {
        if (key.expression !== null)
          slots.push({
            site: { ...ctx, kind: 'indexKey', expression: key.expression },
            set: (v) => (key.expression = v ?? ''),
          });
      }
      // PostgreSQL keeps no predicate for `WHERE true`: it reads back as nothing
      if (i.where !== null)
        slots.push({
          site: { ...ctx, kind: 'indexWhere', expression: i.where },
          set: (v) => (i.where = v?.trim() ? v : null),
        });
    }
    slots.push(...tableObjectSlots(t));
  }
  return slots;
}

const ROLE_SPECS = new Set(['current_user', 'current_role', 'session_user']);

/** Exclusion constraints and policies (their expressions, and `current_user`-style roles in TO). */
function tableObjectSlots(t: SchemaModel['tables'][number]): Slot[] {
  const slots: Slot[] = [];
  const base = { schema: t.schema, table: t.name, column: null, type: null };
  for (const x of t.exclusions) {
    slots.push({ site: { ...base, constraint: x.name, kind: 'exclusion', expression: x.expression }, set: (v) => (x.expression = v ?? '') });
  }
  for (const p of t.policies) {
    const ctx = { ...base, constraint: p.name };
    if (p.using !== null) slots.push({ site: { ...ctx, kind: 'policyUsing', expression: p.using }, set: (v) => (p.using = v) });
    if (p.withCheck !== null) slots.push({ site: { ...ctx, kind: 'policyCheck', expression: p.withCheck }, set: (v) => (p.withCheck = v) });
    for (const role of p.to.filter((r) => ROLE_SPECS.has(r))) {
      const set = (v: string | null) => (p.to = [...new Set(p.to.map((r) => (r === role ? (v ?? role) : r)))].sort(compareText));
      slots.push({ site: { ...ctx, kind: 'roleSpec', expression: role }, set });
    }
  }
  return slots;
}
