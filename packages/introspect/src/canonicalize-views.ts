import { randomBytes } from 'node:crypto';
import {
  canonicalViewDefinition,
  compareText,
  quoteIdent,
  quoteQualified,
  type SchemaModel,
  type View,
  type ViewDependency,
} from '@retort/schema';
import { createTypes } from './canonicalize-expressions';
import type { Queryable } from './queryable';

/** pg_depend's reading of one view's query, as the introspection query reads it. */
const DEPENDS_SQL = `
select pg_get_viewdef($1::oid) as definition,
  to_json(array(select a.attname::text || ' ' || format_type(a.atttypid, a.atttypmod) from pg_attribute a
    where a.attrelid = $1::oid and a.attnum > 0 and not a.attisdropped order by a.attnum)) as columns,
  to_json(array(
  select json_build_object('schema', rn.nspname::text, 'name', rc.relname::text,
    'columns', array_agg(a.attname::text order by a.attname) filter (where a.attname is not null))
  from pg_rewrite r
  join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
    and d.refclassid = 'pg_class'::regclass and d.refobjid <> $1::oid
  join pg_class rc on rc.oid = d.refobjid
  join pg_namespace rn on rn.oid = rc.relnamespace
  left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid and d.refobjsubid > 0
  where r.ev_class = $1::oid
  group by rn.nspname, rc.relname)) as depends`;

interface Read {
  definition: string;
  columns: string[];
  depends: { schema: string; name: string; columns: string[] | null }[];
}

/**
 * The model's views with their queries as `pg_get_viewdef` prints them once the model is built,
 * and what each reads. In a rolled-back transaction: the model's `public` tables are created in
 * a scratch schema put first on the search_path (so that unqualified names resolve to the
 * model's columns and print as introspection prints them), tables of other schemas where they
 * do not exist yet, then the views, each once the views it reads exist. A view PostgreSQL
 * rejects keeps its text as written, so the difference shows up in the diff.
 */
export async function canonicalizeViews(db: Queryable, model: SchemaModel): Promise<View[]> {
  if (model.views.length === 0) return [];
  const scratch = `retort_views_${randomBytes(4).toString('hex')}`;
  const read = new Map<View, Read>();
  await db.query('begin');
  try {
    await db.query(`create schema ${quoteIdent(scratch)}`);
    await createTypes(db, {
      enums: model.enums,
      domains: model.domains,
      extensions: model.extensions,
    });
    const [path] = await db.query<{ p: string }>(`select current_setting('search_path') as p`);
    await db.query(`set local search_path = ${quoteIdent(scratch)}${path?.p ? `, ${path.p}` : ''}`);
    const home = (schema: string) => (schema === 'public' ? scratch : schema);
    for (const t of model.tables) {
      const columns = t.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
      await attempt(db, [
        `create schema if not exists ${quoteIdent(home(t.schema))}`,
        `create table ${quoteQualified(home(t.schema), t.name)} (${columns})`,
      ]);
    }
    let pending = [...model.views];
    for (let progress = true; pending.length > 0 && progress;) {
      const before = pending.length;
      pending = [];
      for (const v of model.views.filter((x) => !read.has(x))) {
        const created =
          (await createView(db, v, home(v.schema))) ?? (await createView(db, v, scratch));
        if (created === null) pending.push(v);
        else read.set(v, created);
      }
      progress = pending.length < before;
    }
  } finally {
    await db.query('rollback');
  }
  return model.views.map((v) => {
    const r = read.get(v);
    if (r === undefined) return { ...v, definition: canonicalViewDefinition(v.definition) };
    return {
      ...v,
      definition: canonicalViewDefinition(r.definition),
      dependsOn: dependencies(r, scratch),
      columns: r.columns,
    };
  });
}

function dependencies(r: Read, scratch: string): ViewDependency[] {
  return r.depends
    .map((d) => ({
      schema: d.schema === scratch ? 'public' : d.schema,
      name: d.name,
      columns: [...(d.columns ?? [])].sort(compareText),
    }))
    .sort((a, b) => compareText(a.schema, b.schema) || compareText(a.name, b.name));
}

async function createView(db: Queryable, v: View, schema: string): Promise<Read | null> {
  const name = quoteQualified(schema, v.name);
  const query = v.definition.trim().replace(/;\s*$/, '');
  const ddl = v.materialized
    ? `create materialized view ${name} as ${query} with no data`
    : `create view ${name} as ${query}`;
  if (!(await attempt(db, [ddl]))) return null;
  const [row] = await db.query<Read>(DEPENDS_SQL, [await oidOf(db, name)]);
  return row ?? null;
}

async function oidOf(db: Queryable, qualified: string): Promise<string> {
  const [row] = await db.query<{ oid: string }>(`select $1::regclass::oid::text as oid`, [
    qualified,
  ]);
  return row?.oid ?? '0';
}

/** Runs the statements in a savepoint; false (and nothing kept) when one fails. */
async function attempt(db: Queryable, statements: readonly string[]): Promise<boolean> {
  await db.query('savepoint retort_views');
  try {
    for (const sql of statements) await db.query(sql);
    await db.query('release savepoint retort_views');
    return true;
  } catch {
    await db.query('rollback to savepoint retort_views');
    return false;
  }
}
