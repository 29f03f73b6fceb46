import { quoteIdent } from '@retort/ops';
import type { SchemaModel } from '@retort/schema';

/**
 * A tenant schema seen as the model's default schema: every `schema` field naming the tenant
 * becomes `public`, and so do the tenant-qualified names inside type and expression text
 * (user-defined types are printed schema-qualified), string literals left alone. The model declares its tables in `public`;
 * each tenant holds them in its own schema, so this is how one model is compared with many.
 */
export function tenantAsPublic(model: SchemaModel, tenant: string): SchemaModel {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // the tenant's name as a qualifier, not as the tail of a longer identifier
  const qualifier = new RegExp(`(^|[^\\w$"])(${[...new Set([quoteIdent(tenant), tenant])].map(escape).join('|')})\\.`, 'g');
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') {
      if (key === 'schema' || key === 'schemas') return value === tenant ? 'public' : value;
      // outside string literals only: a literal's text is data, not a name
      return value
        .split(/('(?:[^']|'')*')/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(qualifier, '$1public.')))
        .join('');
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(model, null) as SchemaModel;
}
