import type { DrizzleRuntime } from './drizzle-runtime';

export type DrizzleCasing = 'snake_case' | 'camelCase' | undefined;

interface SqlLike {
  inlineParams?: () => unknown;
}

/**
 * Renders a drizzle `sql` chunk to SQL text the way drizzle-kit does (PgDialect.sqlToQuery),
 * with parameters inlined and column references unqualified (`"price" > 0`, not
 * `"shop"."items"."price" > 0`) so the text is valid in defaults, checks and indexes alike.
 */
export function renderSql(rt: DrizzleRuntime, casing: DrizzleCasing, chunk: unknown): string {
  const dialect = new rt.pg.PgDialect(casing ? { casing } : {});
  const value = typeof chunk === 'function' ? (chunk as () => unknown)() : chunk;
  if (typeof value === 'string') return value;
  const sql = value as SqlLike;
  const inlined = typeof sql.inlineParams === 'function' ? sql.inlineParams() : sql;
  return dialect.sqlToQuery(inlined as never, 'indexes').sql;
}

/** A JS default value (`.default(5)`, `.default('x')`, `.default({a: 1})`) as SQL, like drizzle-kit. */
export function literalDefault(value: unknown, sqlType: string): string {
  const t = sqlType.toLowerCase();
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (isDate(value)) return quote(dateText(value, t));
  if (Array.isArray(value) && /\[\d*\]/.test(t)) return quote(arrayLiteral(value, t.split('[')[0]!));
  if (t === 'jsonb') return `${quote(jsonbText(value))}::jsonb`;
  if (t === 'json') return `${quote(JSON.stringify(value))}::json`;
  return quote(JSON.stringify(value));
}

function arrayLiteral(values: readonly unknown[], base: string): string {
  const items = values.map((v) => {
    if (typeof v === 'number' || typeof v === 'bigint') return String(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (Array.isArray(v)) return arrayLiteral(v, base);
    if (isDate(v)) return `"${dateText(v, base)}"`;
    const text = typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
    return arrayElement(text);
  });
  return `{${items.join(',')}}`;
}

/** How PostgreSQL's array output writes a text element: bare unless it needs quotes. */
function arrayElement(text: string): string {
  const needsQuotes = text === '' || /^null$/i.test(text) || /[{},"\\\s]/.test(text);
  return needsQuotes ? `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : text;
}

/** jsonb's output form: `{"a": 1, "b": [1, 2]}`, keys ordered by length then bytes, last duplicate wins. */
export function jsonbText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return `{${keys.map((k) => `${JSON.stringify(k)}: ${jsonbText((value as Record<string, unknown>)[k])}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function dateText(value: Date, type: string): string {
  if (type === 'date') return value.toISOString().split('T')[0]!;
  if (type.startsWith('timestamp') && !type.includes('with time zone')) return value.toISOString().replace('T', ' ').slice(0, 23);
  return value.toISOString();
}

export function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
