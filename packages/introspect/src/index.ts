export {
  introspect,
  introspectWithSizes,
  INTROSPECTION_QUERY_COUNT,
  type IntrospectOptions,
  type SizedModel,
  type TableSize,
} from './introspect';
export {
  canonicalizeExpressions,
  type ExpressionRequest,
  type ExpressionResult,
  type ScratchColumn,
  type CanonicalizeOptions,
} from './canonicalize-expressions';
export type { Queryable } from './queryable';
export { canonicalizeViews } from './canonicalize-views';
