import { randomBytes } from 'node:crypto';
import { quoteIdent, quoteQualified, type Domain, type Enum, type Extension } from '@retort/schema';
import type { Queryable } from './queryable';

export interface ScratchColumn {
  name: string;
  /** Any type spelling PostgreSQL accepts; user types must exist or be listed in `types`. */
  type: string;
}

/**
 * The columns an expression may reference, and the table's own name when the expression
 * qualifies them with it (`"users"."name"`): the scratch table then takes that name.
 */
interface OnColumns {
  columns: readonly ScratchColumn[];
  table?: string;
}

/** One expression to canonicalise, with the columns it may reference. */
export type ExpressionRequest =
  | { kind: 'default'; type: string; expression: string }
  | ({ kind: 'generated'; type: string; expression: string } & OnColumns)
  | ({ kind: 'check'; expression: string } & OnColumns)
  | ({ kind: 'index'; expression: string; method?: string } & OnColumns)
  | ({ kind: 'where'; expression: string } & OnColumns)
  /** What follows EXCLUDE in an exclusion constraint, read back with pg_get_constraintdef. */
  | ({ kind: 'exclusion'; expression: string } & OnColumns)
  | ({ kind: 'policyUsing' | 'policyCheck'; expression: string } & OnColumns)
  /** 'current_user', 'current_role' or 'session_user' in a policy's TO list: the role it names. */
  | { kind: 'roleSpec'; expression: string };

export type ExpressionResult =
  { expression: string; error: null } | { expression: null; error: string };

export interface CanonicalizeOptions {
  /**
   * Extensions, enums and domains the expressions or column types use, created inside the
   * transaction when missing (an extension the server cannot create is left out).
   */
  types?: { enums?: readonly Enum[]; domains?: readonly Domain[]; extensions?: readonly Extension[] };
}

/**
 * Asks PostgreSQL to canonicalise expressions, the way Atlas uses a dev database: each one is
 * created on a scratch table in a throw-away schema, read back with `pg_get_expr` /
 * `pg_get_indexdef` exactly as `introspect` reads them, and everything is rolled back.
 * Runs BEGIN … ROLLBACK, so `db` must be a single session that is not inside a transaction
 * (a scratch PGlite is ideal: offline and cheap). Results are in request order; an expression
 * PostgreSQL rejects gets its error message instead.
 */
export async function canonicalizeExpressions(
  db: Queryable,
  requests: readonly ExpressionRequest[],
  options: CanonicalizeOptions = {},
): Promise<ExpressionResult[]> {
  if (requests.length === 0) return [];
  const schema = `retort_canon_${randomBytes(4).toString('hex')}`;
  await db.query('begin');
  try {
    await db.query(`create schema ${quoteIdent(schema)}`);
    await createTypes(db, options.types ?? {});
    // All requests go out at once, pipelined on the one session: a failing statement aborts
    // the transaction only until its request's `rollback to savepoint`, which also undoes the
    // request at once (the next one may want the same table name).
    return await Promise.all(requests.map((request, i) => canonicalizeOne(db, schema, `t${i}`, request)));
  } finally {
    await db.query('rollback');
  }
}

export async function createTypes(db: Queryable, types: NonNullable<CanonicalizeOptions['types']>): Promise<void> {
  const schemas = new Set([...(types.enums ?? []), ...(types.domains ?? []), ...(types.extensions ?? [])].map((t) => t.schema));
  for (const s of schemas) await db.query(`create schema if not exists ${quoteIdent(s)}`);
  for (const x of types.extensions ?? []) {
    await db.query('savepoint retort_canon_ext');
    try {
      await db.query(`create extension if not exists ${quoteIdent(x.name)} schema ${quoteIdent(x.schema)}`);
      await db.query('release savepoint retort_canon_ext');
    } catch {
      await db.query('rollback to savepoint retort_canon_ext');
    }
  }
  const literal = (v: string) => `'${v.replace(/'/g, "''")}'`;
  for (const e of types.enums ?? []) {
    await ifMissing(
      db,
      `create type ${quoteQualified(e.schema, e.name)} as enum (${e.values.map(literal).join(', ')})`,
    );
  }
  for (const d of types.domains ?? []) {
    const checks = d.checks
      .map((c) => ` constraint ${quoteIdent(c.name)} check (${c.expression})`)
      .join('');
    await ifMissing(
      db,
      `create domain ${quoteQualified(d.schema, d.name)} as ${d.type}${d.notNull ? ' not null' : ''}${checks}`,
    );
  }
}

async function ifMissing(db: Queryable, ddl: string): Promise<void> {
  await db.query(
    `do $retort$ begin ${ddl}; exception when duplicate_object then null; end $retort$`,
  );
}

const ROLE_SPECS = new Set(['current_user', 'current_role', 'session_user']);

async function canonicalizeOne(db: Queryable, schema: string, name: string, request: ExpressionRequest): Promise<ExpressionResult> {
  const failed = (error: unknown): ExpressionResult => ({ expression: null, error: (error as Error)?.message ?? String(error) });
  let plan: ScratchPlan;
  try {
    plan = scratchPlan(schema, name, request);
  } catch (error) {
    return failed(error);
  }
  const sent = ['savepoint retort_canon', ...plan.statements, plan.read].map((sql) => db.query<{ v: string }>(sql));
  const outcomes = await Promise.allSettled([...sent, db.query('rollback to savepoint retort_canon')]);
  const rejected = outcomes.find((o) => o.status === 'rejected');
  if (rejected) return failed(rejected.reason);
  const rows = (outcomes[sent.length - 1] as PromiseFulfilledResult<{ v: string }[]>).value;
  return { expression: plan.result(rows[0]?.v ?? ''), error: null };
}

/** The statements that create an expression on a scratch table, the query that reads it back, and how its answer is cleaned. */
interface ScratchPlan {
  statements: string[];
  read: string;
  result(v: string): string;
}

function scratchPlan(schema: string, name: string, r: ExpressionRequest): ScratchPlan {
  const table = quoteQualified(schema, 'table' in r && r.table !== undefined ? r.table : name);
  const cols = 'columns' in r ? r.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`) : [];
  const relid = `'${table.replace(/'/g, "''")}'::regclass`;
  const plan = (statements: string[], read: string, result = (v: string) => v): ScratchPlan => ({ statements, read, result });
  switch (r.kind) {
    case 'default':
      return plan([`create table ${table} (c ${r.type} default ${r.expression})`], `select pg_get_expr(adbin, adrelid) as v from pg_attrdef where adrelid = ${relid}`);
    case 'generated':
      return plan(
        [`create table ${table} (${[...cols, `retort_g ${r.type} generated always as (${r.expression}) stored`].join(', ')})`],
        `select pg_get_expr(adbin, adrelid) as v from pg_attrdef where adrelid = ${relid}`,
      );
    case 'check':
      return plan(
        [`create table ${table} (${[...cols, `check (${r.expression})`].join(', ')})`],
        `select pg_get_expr(conbin, conrelid) as v from pg_constraint where conrelid = ${relid} and contype = 'c'`,
      );
    case 'index':
      return plan(
        [`create table ${table} (${cols.join(', ')})`, `create index on ${table} using ${r.method ?? 'btree'} ((${r.expression}))`],
        `select pg_get_indexdef(indexrelid, 1, false) as v from pg_index where indrelid = ${relid}`,
      );
    case 'where':
      return plan(
        [`create table ${table} (${cols.join(', ')})`, `create index on ${table} (${quoteIdent(r.columns[0]?.name ?? '')}) where (${r.expression})`],
        `select pg_get_expr(indpred, indrelid) as v from pg_index where indrelid = ${relid}`,
      );
    case 'exclusion':
      return plan(
        [`create table ${table} (${cols.join(', ')})`, `alter table ${table} add exclude ${r.expression}`],
        `select pg_get_constraintdef(oid) as v from pg_constraint where conrelid = ${relid} and contype = 'x'`,
        (v) => v.replace(/^EXCLUDE /, ''),
      );
    case 'policyUsing':
    case 'policyCheck': {
      const clause = r.kind === 'policyUsing' ? 'using' : 'with check';
      const column = r.kind === 'policyUsing' ? 'polqual' : 'polwithcheck';
      return plan(
        [`create table ${table} (${cols.join(', ')})`, `create policy p on ${table} ${clause} (${r.expression})`],
        `select pg_get_expr(${column}, polrelid) as v from pg_policy where polrelid = ${relid}`,
      );
    }
    case 'roleSpec':
      if (!ROLE_SPECS.has(r.expression)) throw new Error(`not a role specification: ${r.expression}`);
      return plan([], `select ${r.expression}::text as v`);
  }
}
