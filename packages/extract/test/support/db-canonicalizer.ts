import { quoteIdent } from '@retort/schema';
import type { SchemaModel } from '@retort/schema';
import type { ExpressionCanonicalizer, ExpressionSite } from '../../src/model/expression-sites';
import type { OpenDatabase } from './open-target';

/**
 * A server-side canonicaliser for tests: each expression is created on a temporary copy of its
 * table (columns and types from the model) and read back the way introspection prints it.
 * An expression PostgreSQL rejects comes back unchanged (so the oracle shows it).
 */
export function dbCanonicalizer(db: OpenDatabase): ExpressionCanonicalizer {
  return async (sites, model) => {
    const temp = new Map<string, string>();
    const out: string[] = [];
    try {
      for (const [i, site] of sites.entries()) {
        const key = `${site.schema}.${site.table}`;
        if (!temp.has(key)) {
          const name = `__retort_canon_${temp.size}`;
          await db.exec(`create temp table ${name} (${columnsOf(model, site)})`);
          temp.set(key, name);
        }
        out.push(await canonicalOne(db, temp.get(key)!, site, i).catch(() => site.expression));
      }
    } finally {
      for (const name of temp.values()) await db.exec(`drop table if exists pg_temp.${name}`);
    }
    return out;
  };
}

function columnsOf(model: SchemaModel, site: ExpressionSite): string {
  const table = model.tables.find((t) => t.schema === site.schema && t.name === site.table)!;
  return table.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
}

async function canonicalOne(db: OpenDatabase, table: string, site: ExpressionSite, i: number): Promise<string> {
  const rel = `'pg_temp.${table}'::regclass`;
  const one = async (sql: string) => String(Object.values((await db.query(sql))[0] ?? {})[0]);
  switch (site.kind) {
    case 'default':
      await db.exec(`alter table pg_temp.${table} alter column ${quoteIdent(site.column!)} set default ${site.expression}`);
      return one(`select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d join pg_attribute a on a.attrelid = d.adrelid
        and a.attnum = d.adnum where d.adrelid = ${rel} and a.attname = '${site.column!.replace(/'/g, "''")}'`);
    case 'generated':
      await db.exec(`alter table pg_temp.${table} add column __g${i} ${site.type} generated always as (${site.expression}) stored`);
      return one(`select pg_get_expr(d.adbin, d.adrelid) from pg_attrdef d join pg_attribute a on a.attrelid = d.adrelid
        and a.attnum = d.adnum where d.adrelid = ${rel} and a.attname = '__g${i}'`);
    case 'check':
      await db.exec(`alter table pg_temp.${table} add constraint __c${i} check (${site.expression})`);
      return one(`select pg_get_expr(conbin, conrelid) from pg_constraint where conrelid = ${rel} and conname = '__c${i}'`);
    case 'indexKey':
      await db.exec(`create index __i${i} on pg_temp.${table} ((${site.expression}))`);
      return one(`select pg_get_indexdef(indexrelid, 1, false) from pg_index where indexrelid = 'pg_temp.__i${i}'::regclass`);
    case 'indexWhere':
      await db.exec(`create index __w${i} on pg_temp.${table} ((1)) where ${site.expression}`);
      return one(`select pg_get_expr(indpred, indrelid) from pg_index where indexrelid = 'pg_temp.__w${i}'::regclass`);
    case 'exclusion':
      await db.exec(`alter table pg_temp.${table} add constraint __x${i} exclude ${site.expression}`);
      return (await one(`select pg_get_constraintdef(oid) from pg_constraint where conrelid = ${rel} and conname = '__x${i}'`)).replace(/^EXCLUDE /, '');
    case 'policyUsing':
    case 'policyCheck': {
      const clause = site.kind === 'policyUsing' ? 'using' : 'with check';
      await db.exec(`create policy __p${i} on pg_temp.${table} ${clause} (${site.expression})`);
      const column = site.kind === 'policyUsing' ? 'polqual' : 'polwithcheck';
      return one(`select pg_get_expr(${column}, polrelid) from pg_policy where polrelid = ${rel} and polname = '__p${i}'`);
    }
    case 'roleSpec':
      return one(`select ${site.expression}::text`);
  }
}
