import { quoteLiteral } from './quote';

function isBytes(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function renderNumber(value: number): string {
  if (!Number.isFinite(value)) return quoteLiteral(String(value));
  // Parenthesised so that `x-$1` can never become the comment `x--1`.
  return value < 0 || Object.is(value, -0) ? `(${value})` : String(value);
}

/** One element of a PostgreSQL array literal (`{"a","b"}`): always double-quoted. */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return arrayBody(value);
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Date) text = value.toISOString();
  else if (isBytes(value)) text = `\\x${hex(value)}`;
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

function arrayBody(values: readonly unknown[]): string {
  return `{${values.map(arrayElement).join(',')}}`;
}

/** A JavaScript value as an SQL literal, for offline (`--sql`) scripts. */
export function renderLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return quoteLiteral(value);
  if (typeof value === 'number') return renderNumber(value);
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return quoteLiteral(value.toISOString());
  if (isBytes(value)) return `'\\x${hex(value)}'::bytea`;
  if (Array.isArray(value)) return quoteLiteral(arrayBody(value));
  if (typeof value === 'object') return quoteLiteral(JSON.stringify(value));
  throw new TypeError(`Cannot render a ${typeof value} as an SQL literal`);
}
