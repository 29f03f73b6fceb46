import { parseQualifiedName, quoteIdent } from './quote-ident';

/** Schemas the default search_path resolves an operator class name in. */
const SEARCH_PATH = new Set(['pg_catalog', 'public']);

/**
 * The canonical spelling of an index key's operator class: bare when it lives in pg_catalog or
 * public (built-in classes such as text_pattern_ops, and extension classes such as pg_trgm's
 * gin_trgm_ops installed the usual way), else schema-qualified, each part quoted as needed.
 * So 'gin_trgm_ops', 'public.gin_trgm_ops' and 'PUBLIC.GIN_TRGM_OPS' agree. Idempotent.
 */
export function canonicalOpclass(opclass: string): string {
  const parts = parseQualifiedName(opclass);
  const bare = parts.length === 2 && SEARCH_PATH.has(parts[0]!) ? parts.slice(1) : parts;
  return bare.map(quoteIdent).join('.');
}
