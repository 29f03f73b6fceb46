/**
 * How one field of an operation is written: left out when it equals `default` (the value the
 * facade and the compiler assume when the field is absent), and its object value (or each
 * element of its array value) laid out by `shape`.
 */
export interface FieldRule {
  readonly default?: boolean | string | readonly never[];
  readonly shape?: AnyShape | ((value: never) => AnyShape);
}

/** A shape of some object type (what a nested rule holds). */
export type AnyShape = { readonly [key: string]: FieldRule };

/**
 * Every field of `T`, in the order its type declares them: a field added to an operation type
 * without a rule here is a compile error, not a silently unrendered option.
 */
export type Shape<T> = { readonly [K in keyof T]-?: FieldRule };

/** A field written as it is. */
export const AS_IS: FieldRule = {};
/** A flag that is off unless set. */
export const FALSE_BY_DEFAULT: FieldRule = { default: false };
/** A list that is empty unless set. */
export const EMPTY_BY_DEFAULT: FieldRule = { default: [] };
/** The options of the facade methods whose only option is `schema`. */
export const SCHEMA_ONLY: Shape<{ schema?: string }> = { schema: AS_IS };

function isDefault(value: unknown, fallback: FieldRule['default']): boolean {
  if (Array.isArray(fallback)) return Array.isArray(value) && value.length === 0;
  return fallback !== undefined && value === fallback;
}

function layout(value: unknown, shape: FieldRule['shape']): unknown {
  if (shape === undefined || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => layout(item, shape));
  const resolved =
    typeof shape === 'function' ? (shape as (value: unknown) => AnyShape)(value) : shape;
  return ordered(value as Record<string, unknown>, resolved);
}

/**
 * `value` with the keys of `shape` in shape order, minus undefined fields and fields equal to
 * their default. Keys the shape does not know (data from outside the types) follow, as they are.
 */
export function ordered<T>(value: T, shape: NoInfer<Shape<T>>): Partial<T> {
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(shape) as [string, FieldRule][]) {
    const item = source[key];
    if (item === undefined || isDefault(item, rule.default)) continue;
    result[key] = layout(item, rule.shape);
  }
  for (const [key, item] of Object.entries(source)) {
    if (!Object.hasOwn(shape, key) && item !== undefined) result[key] = item;
  }
  return result as Partial<T>;
}
