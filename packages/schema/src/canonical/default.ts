import { canonicalType } from './type';

const SQL_VALUE_FUNCTIONS = /^(current_timestamp|current_date|current_time|localtimestamp|localtime|current_user|session_user|current_role|current_schema|current_catalog|user)(\s*\(\s*(\d+)\s*\))?$/i;
const NUMBER = /^-?\d+(\.\d*)?([eE][+-]?\d+)?$/;
const BOOLEAN_WORDS: Record<string, string> = { true: 'true', t: 'true', yes: 'true', on: 'true', '1': 'true', y: 'true', false: 'false', f: 'false', no: 'false', off: 'false', '0': 'false', n: 'false' };
const INTEGER_TYPES = new Set(['smallint', 'integer', 'bigint']);

/**
 * Best-effort pure version of what PostgreSQL prints (`pg_get_expr`) for a column default of
 * the given canonical type: `'a'` on text → `'a'::text`, `-1` → `'-1'::integer`, `'t'` on
 * boolean → `true`, `current_timestamp` → `CURRENT_TIMESTAMP`, `NOW()` → `now()`.
 * Idempotent on PostgreSQL's own output. Expressions it does not understand come back
 * trimmed; canonicalise those through the server (`@retort/introspect` canonicalizeExpressions).
 */
export function canonicalDefault(expr: string | number | boolean | null | undefined, type: string): string | null {
  if (expr === null || expr === undefined) return null;
  const column = canonicalType(type);
  if (typeof expr === 'boolean') return String(expr);
  if (typeof expr === 'number') return numberLiteral(String(expr));
  const original = expr.trim();
  let s = original;
  while (/^\((.*)\)$/s.test(s) && balanced(s.slice(1, -1))) s = s.slice(1, -1).trim();
  if (/^null$/i.test(s)) return null;
  return canonicalAtom(s, column) ?? original;
}

function canonicalAtom(s: string, column: string): string | null {
  const fn = SQL_VALUE_FUNCTIONS.exec(s);
  if (fn) return fn[1]!.toUpperCase() + (fn[3] ? `(${fn[3]})` : '');
  if (/^[a-z_][a-z0-9_]*\s*\(\s*\)$/i.test(s)) return s.replace(/\s/g, '').toLowerCase();
  if (/^(true|false)$/i.test(s)) return s.toLowerCase();
  if (NUMBER.test(s)) return numberLiteral(s);
  const literal = /^'((?:[^']|'')*)'(?:\s*::\s*([a-z_"][a-z0-9_ ."]*(?:\(\s*\d+\s*(?:,\s*\d+\s*)?\))?(?:\[\d*\])*))?$/is.exec(s);
  if (literal) {
    const value = literal[1]!.replace(/''/g, "'");
    return quotedLiteral(value, literal[2] ? canonicalType(literal[2]) : column);
  }
  return null;
}

/** The type name PostgreSQL prints in a cast label: the type without its modifiers. */
export function castLabel(type: string): string {
  const array = type.endsWith('[]') ? '[]' : '';
  let base = array ? type.slice(0, -2) : type;
  if (/^character\(\d+\)$/.test(base)) return `bpchar${array}`;
  base = base.replace(/\(\d+(,-?\d+)?\)/, '').replace(/^interval .*$/, 'interval');
  if (base.startsWith('public.')) base = base.slice('public.'.length);
  return base + array;
}

function quotedLiteral(value: string, type: string): string {
  if (type === 'boolean' && BOOLEAN_WORDS[value.trim().toLowerCase()]) return BOOLEAN_WORDS[value.trim().toLowerCase()]!;
  if (type === 'integer' && /^\s*[-+]?\d+\s*$/.test(value)) return numberLiteral(String(BigInt(value.trim())));
  if (castLabel(type) === 'numeric' && /^\s*[-+]?\d+(\.\d*)?\s*$/.test(value)) return numericConst(value.trim().replace(/^\+/, ''));
  if (INTEGER_TYPES.has(type) && /^\s*[-+]?\d+\s*$/.test(value)) return `'${BigInt(value.trim())}'::${type}`;
  return `'${value.replace(/'/g, "''")}'::${castLabel(type)}`;
}

/** An unquoted numeric literal: int4 if it fits, else int8, else numeric. */
function numberLiteral(text: string): string {
  if (/^-?\d+$/.test(text)) {
    const n = BigInt(text);
    if (n >= -2147483648n && n <= 2147483647n) return n < 0n ? `'${n}'::integer` : String(n);
    if (n >= -9223372036854775808n && n <= 9223372036854775807n) return `'${n}'::bigint`;
    return numericConst(text);
  }
  return numericConst(text);
}

/** PostgreSQL prints a numeric constant bare only when it starts with a digit and has a '.'/'e'. */
function numericConst(text: string): string {
  const normal = text.replace(/^(-?)0+(?=\d)/, '$1');
  return /^\d/.test(normal) && /[.eE]/.test(normal) ? normal : `'${normal}'::numeric`;
}

function balanced(s: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const ch of s) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
