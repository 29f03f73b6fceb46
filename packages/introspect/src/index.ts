export { introspect, assembleCatalog, INTROSPECTION_QUERY_COUNT, type IntrospectOptions } from './introspect';
export { readCatalog, catalogCovers, type CatalogRows } from './read-catalog';
export {
  canonicalizeExpressions,
  type ExpressionRequest,
  type ExpressionResult,
  type ScratchColumn,
  type CanonicalizeOptions,
} from './canonicalize-expressions';
export type { Queryable } from './queryable';
