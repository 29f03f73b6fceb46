import { RetortError } from '@retort/errors';

/** Characters that must not appear raw in a single-quoted literal of a generated file. */
const NEEDS_ESCAPE =
  /[\\'\u0000-\u001f\u007f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

function escapeChar(char: string): string {
  return SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `it's` → `'it\'s'`. Control characters, line separators and lone surrogates are escaped so
 * the literal survives UTF-8 files and line-based tools; other unicode stays readable.
 */
export function stringLiteral(value: string): string {
  return `'${value.replace(NEEDS_ESCAPE, escapeChar)}'`;
}

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/** An object key: bare when it is an identifier name (reserved words included), else quoted. */
export function propertyKey(key: string): string {
  // `{ __proto__: x }` and `{ '__proto__': x }` set the prototype; only a computed key is a property.
  if (key === '__proto__') return `[${stringLiteral(key)}]`;
  return IDENTIFIER.test(key) ? key : stringLiteral(key);
}

function numberLiteral(value: number): string {
  if (Object.is(value, -0)) return '-0';
  return String(value); // NaN, Infinity and -Infinity are valid expressions too
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function unrenderable(value: unknown): never {
  const what = typeof value === 'object' ? (value?.constructor?.name ?? 'object') : typeof value;
  throw new RetortError(
    'UNRENDERABLE_VALUE',
    `Cannot write a ${what} value into a migration file`,
    {
      hint: 'Operations hold plain data: strings, numbers, booleans, null, bigints, dates, arrays and plain objects.',
    },
  );
}

/**
 * The TypeScript expression for a plain value, on one line (prettier wraps it later).
 * Object properties whose value is `undefined` are left out; keys keep their insertion order.
 */
export function tsLiteral(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return stringLiteral(value);
    case 'number':
      return numberLiteral(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return 'undefined';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map(tsLiteral).join(', ')}]`;
      if (value instanceof Date) return `new Date(${stringLiteral(value.toISOString())})`;
      if (isPlainObject(value)) return objectLiteral(value);
      return unrenderable(value);
    default:
      return unrenderable(value);
  }
}

function objectLiteral(value: Record<string, unknown>): string {
  const properties = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => `${propertyKey(key)}: ${tsLiteral(item)}`);
  return properties.length === 0 ? '{}' : `{ ${properties.join(', ')} }`;
}
