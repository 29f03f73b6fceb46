/**
 * Functions whose value changes per row: a column added with one of them as default makes
 * PostgreSQL compute it for every existing row (a rewrite), unlike constants and now().
 */
const VOLATILE =
  /\b(nextval|random|gen_random_uuid|uuid_generate_v[14]|uuid_generate_v1mc|clock_timestamp|timeofday|txid_current|setseed)\s*\(/i;

export function isVolatileDefault(expression: string): boolean {
  return VOLATILE.test(expression);
}
