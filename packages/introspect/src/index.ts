export {
  introspect,
  introspectWithSizes,
  assembleCatalog,
  INTROSPECTION_QUERY_COUNT,
  type IntrospectOptions,
  type SizedModel,
  type TableSize,
} from './introspect';
export { readCatalog, catalogCovers, type CatalogRows } from './read-catalog';
export {
  canonicalizeExpressions,
  type ExpressionRequest,
  type ExpressionResult,
  type ScratchColumn,
  type CanonicalizeOptions,
} from './canonicalize-expressions';
export type { Queryable } from './queryable';
export { canonicalizeViews } from './canonicalize-views';
