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
import { viewShapeSql } from './queries/views-query';

/** What each named view reads and prints, as the introspection query reads it. */
const SHAPES_SQL = `
select q.name, ${viewShapeSql('q.oid')}
from (select n.name, n.name::regclass::oid as oid from unnest($1::text[]) n(name)) q`;

interface Read {
  name: string;
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
  const created = new Map<View, string>();
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
    // only the tables some query names (a query cannot read a table without naming it)
    const text = model.views.map((v) => v.definition.toLowerCase()).join('\n');
    const named = model.tables.filter((t) => text.includes(t.name.toLowerCase()));
    const ddl = (t: (typeof named)[number]) => {
      const columns = t.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
      return `create table ${quoteQualified(home(t.schema), t.name)} (${columns})`;
    };
    for (const schema of new Set(named.map((t) => home(t.schema))))
      await attempt(db, [`create schema if not exists ${quoteIdent(schema)}`]);
    // all at once when they can be; else one by one (a table of another schema may exist)
    if (!(await attempt(db, named.map(ddl)))) for (const t of named) await attempt(db, [ddl(t)]);
    const pending = mentionedFirst(model.views);
    for (let progress = true; pending.length > 0 && progress;) {
      const before = pending.length;
      for (const v of pending.splice(0)) {
        const name =
          (await createView(db, v, home(v.schema))) ?? (await createView(db, v, scratch));
        if (name === null) pending.push(v);
        else created.set(v, name);
      }
      progress = pending.length < before;
    }
    const rows = await db.query<Read>(SHAPES_SQL, [[...created.values()]]);
    const byName = new Map(rows.map((r) => [r.name, r]));
    for (const [v, name] of created) read.set(v, byName.get(name)!);
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

/**
 * The views, each after the views its query names (by text: a view created before one it reads
 * would bind to the live view of that name, not to the model's), by name otherwise.
 */
function mentionedFirst(views: readonly View[]): View[] {
  const out: View[] = [];
  const visit = (v: View, path: Set<View>) => {
    if (out.includes(v) || path.has(v)) return;
    path.add(v);
    const text = v.definition.toLowerCase();
    for (const w of views) if (w !== v && text.includes(w.name.toLowerCase())) visit(w, path);
    out.push(v);
  };
  for (const v of views) visit(v, new Set());
  return out;
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

/** Creates the view in `schema`; its qualified name, or null when PostgreSQL refuses it. */
async function createView(db: Queryable, v: View, schema: string): Promise<string | null> {
  const name = quoteQualified(schema, v.name);
  const query = v.definition.trim().replace(/;\s*$/, '');
  const ddl = v.materialized
    ? `create materialized view ${name} as ${query} with no data`
    : `create view ${name} as ${query}`;
  return (await attempt(db, [ddl])) ? name : null;
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
