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
    const results: ExpressionResult[] = [];
    for (const [i, request] of requests.entries()) {
      await db.query('savepoint retort_canon');
      try {
        results.push({
          expression: await canonicalizeOne(db, schema, `t${i}`, request),
          error: null,
        });
        // undone at once: the next request may want the same table name
        await db.query('rollback to savepoint retort_canon');
      } catch (error) {
        await db.query('rollback to savepoint retort_canon');
        results.push({ expression: null, error: (error as Error)?.message ?? String(error) });
      }
    }
    return results;
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

async function canonicalizeOne(
  db: Queryable,
  schema: string,
  name: string,
  r: ExpressionRequest,
): Promise<string> {
  const table = quoteQualified(schema, 'table' in r && r.table !== undefined ? r.table : name);
  const cols = 'columns' in r ? r.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`) : [];
  const relid = `'${table.replace(/'/g, "''")}'::regclass`;
  const read = async (sql: string) => (await db.query<{ v: string }>(sql))[0]?.v ?? '';
  switch (r.kind) {
    case 'default':
      await db.query(`create table ${table} (c ${r.type} default ${r.expression})`);
      return read(
        `select pg_get_expr(adbin, adrelid) as v from pg_attrdef where adrelid = ${relid}`,
      );
    case 'generated':
      await db.query(
        `create table ${table} (${[...cols, `retort_g ${r.type} generated always as (${r.expression}) stored`].join(', ')})`,
      );
      return read(
        `select pg_get_expr(adbin, adrelid) as v from pg_attrdef where adrelid = ${relid}`,
      );
    case 'check':
      await db.query(`create table ${table} (${[...cols, `check (${r.expression})`].join(', ')})`);
      return read(
        `select pg_get_expr(conbin, conrelid) as v from pg_constraint where conrelid = ${relid} and contype = 'c'`,
      );
    case 'index':
      await db.query(`create table ${table} (${cols.join(', ')})`);
      await db.query(`create index on ${table} using ${r.method ?? 'btree'} ((${r.expression}))`);
      return read(
        `select pg_get_indexdef(indexrelid, 1, false) as v from pg_index where indrelid = ${relid}`,
      );
    case 'where':
      await db.query(`create table ${table} (${cols.join(', ')})`);
      await db.query(
        `create index on ${table} (${quoteIdent(r.columns[0]?.name ?? '')}) where (${r.expression})`,
      );
      return read(
        `select pg_get_expr(indpred, indrelid) as v from pg_index where indrelid = ${relid}`,
      );
    case 'exclusion':
      await db.query(`create table ${table} (${cols.join(', ')})`);
      await db.query(`alter table ${table} add exclude ${r.expression}`);
      return (await read(`select pg_get_constraintdef(oid) as v from pg_constraint where conrelid = ${relid} and contype = 'x'`)).replace(/^EXCLUDE /, '');
    case 'policyUsing':
    case 'policyCheck': {
      await db.query(`create table ${table} (${cols.join(', ')})`);
      const clause = r.kind === 'policyUsing' ? 'using' : 'with check';
      await db.query(`create policy p on ${table} ${clause} (${r.expression})`);
      const column = r.kind === 'policyUsing' ? 'polqual' : 'polwithcheck';
      return read(`select pg_get_expr(${column}, polrelid) as v from pg_policy where polrelid = ${relid}`);
    }
    case 'roleSpec':
      if (!ROLE_SPECS.has(r.expression)) throw new Error(`not a role specification: ${r.expression}`);
      return read(`select ${r.expression}::text as v`);
  }
}
