import {
  canonicalizeExpressions,
  type ExpressionRequest,
  type Queryable,
} from '@retort/introspect';
import type { ExpressionCanonicalizer, ExpressionSite } from '@retort/extract';
import type { Table } from '@retort/schema';
import { RetortError } from '@retort/errors';
import type { Driver } from '@retort/runtime';

/**
 * Canonicalises the model's expressions on the live database (the way Atlas uses a dev
 * database): each is created on a scratch table in a rolled-back transaction and read back as
 * introspection prints it. Identical requests are sent once: a model of a thousand tables has a
 * thousand `now()` defaults but only one distinct question. An expression PostgreSQL rejects
 * is kept as written, so the difference shows up in the diff instead of being hidden.
 * The model's extensions are created in the transaction too, so that their types and
 * functions can be used.
 */
export function databaseCanonicalizer(db: Queryable & Pick<Driver, 'loadExtensions'>): ExpressionCanonicalizer {
  return async (sites, model) => {
    if (sites.length === 0) return [];
    // the model's extensions are created in the scratch transaction too (citext defaults, …);
    // PGlite must load their bundles first, and one it lacks only leaves them out
    await db.loadExtensions?.(model.extensions.map((e) => e.name)).catch((error: unknown) => {
      if (!(error instanceof RetortError)) throw error;
    });
    const requests: ExpressionRequest[] = [];
    const index = new Map<string, number>();
    const tables = new Map(model.tables.map((t) => [`${t.schema}\0${t.name}`, t]));
    const slotOf = sites.map((site) => {
      const request = toRequest(site, tables.get(`${site.schema}\0${site.table}`));
      const key = JSON.stringify(request);
      let slot = index.get(key);
      if (slot === undefined) {
        slot = requests.push(request) - 1;
        index.set(key, slot);
      }
      return slot;
    });
    const results = await canonicalizeExpressions(db, requests, { types: { enums: model.enums, domains: model.domains, extensions: model.extensions } });
    return sites.map((site, i) => results[slotOf[i]!]?.expression ?? site.expression);
  };
}

function toRequest(site: ExpressionSite, table: Table | undefined): ExpressionRequest {
  const columns = (table?.columns ?? [])
    .filter((c) => c.generated === null)
    .map((c) => ({ name: c.name, type: c.type }));
  // named only when the expression may qualify a column with it, so identical requests stay shared
  const on = site.expression.includes(site.table) ? { columns, table: site.table } : { columns };
  switch (site.kind) {
    case 'default':
      return { kind: 'default', type: site.type ?? 'text', expression: site.expression };
    case 'generated':
      return { kind: 'generated', type: site.type ?? 'text', ...on, expression: site.expression };
    case 'check':
      return { kind: 'check', ...on, expression: site.expression };
    case 'indexKey':
      return { kind: 'index', ...on, expression: site.expression };
    case 'indexWhere':
      return { kind: 'where', ...on, expression: site.expression };
    case 'exclusion':
    case 'policyUsing':
    case 'policyCheck':
      return { kind: site.kind, ...on, expression: site.expression };
    case 'roleSpec':
      return { kind: 'roleSpec', expression: site.expression };
  }
}
