import { BUILTIN_TYPES, SERIAL_TYPES, TYPE_ALIASES } from './builtin-types';
import { parseQualifiedName, quoteIdent } from './quote-ident';

export interface CanonicalTypeOptions {
  /**
   * Schema to qualify an unqualified user-defined type (enum, domain, extension type) with;
   * default 'public', where the default search_path finds it (and where CREATE EXTENSION puts
   * citext, hstore, vector, … unless told otherwise), so 'citext' and 'public.citext' agree.
   */
  schema?: string;
}

const ARRAY_SUFFIX = /(\s*\[\s*\d*\s*\]|\s+array(\s*\[\s*\d*\s*\])?)$/i;

/**
 * The canonical spelling of a column type: what PostgreSQL's `format_type` prints for built-in
 * types ('int4' → 'integer', 'varchar(255)' → 'character varying(255)', 'timestamptz' →
 * 'timestamp with time zone', 'decimal(12,2)' → 'numeric(12,2)', 'int[][]' → 'integer[]'),
 * and `schema.name` for user-defined types. Serial pseudo-types become their integer type.
 * Idempotent.
 */
export function canonicalType(type: string, options: CanonicalTypeOptions = {}): string {
  let s = type.trim().replace(/\s+/g, ' ');
  let array = false;
  for (let m = ARRAY_SUFFIX.exec(s); m && !insideQuotes(s, m.index); m = ARRAY_SUFFIX.exec(s)) {
    array = true;
    s = s.slice(0, m.index).trim();
  }
  if (/^_[a-z]/.test(s)) {
    const element = canonicalBase(s.slice(1), options);
    if (element !== null && !element.includes('.')) return `${element}[]`;
  }
  const base = canonicalBase(s, options) ?? userType(s, options);
  return array ? `${base}[]` : base;
}

/** The integer type behind a serial pseudo-type ('bigserial' → 'bigint'), or null if not serial. */
export function serialBaseType(type: string): 'smallint' | 'integer' | 'bigint' | null {
  return SERIAL_TYPES[type.trim().toLowerCase()] ?? null;
}

function insideQuotes(s: string, index: number): boolean {
  return (s.slice(0, index).match(/"/g)?.length ?? 0) % 2 === 1;
}

function canonicalBase(s: string, options: CanonicalTypeOptions): string | null {
  if (s === '"char"' || s === 'pg_catalog."char"') return '"char"';
  if (s.includes('"')) return null;
  const t = s.toLowerCase().replace(/\s*\(\s*/g, '(').replace(/\s*,\s*/g, ',').replace(/\s*\)/g, ')');
  if (t.startsWith('pg_catalog.')) return canonicalBase(t.slice('pg_catalog.'.length), options);
  let m: RegExpExecArray | null;
  if ((m = /^(character varying|char varying|varchar)(\((\d+)\))?$/.exec(t))) {
    return m[3] ? `character varying(${m[3]})` : 'character varying';
  }
  if ((m = /^(character|char|bpchar|nchar|national character)(\((\d+)\))?$/.exec(t))) {
    if (m[3]) return `character(${m[3]})`;
    return m[1] === 'bpchar' ? 'bpchar' : 'character(1)';
  }
  if ((m = /^(numeric|decimal|dec)(\((\d+)(,(-?\d+))?\))?$/.exec(t))) {
    return m[3] ? `numeric(${m[3]},${m[5] ?? '0'})` : 'numeric';
  }
  if ((m = /^float(\((\d+)\))?$/.exec(t))) {
    return m[2] && Number(m[2]) <= 24 ? 'real' : 'double precision';
  }
  if ((m = /^(timestamptz|timestamp|timetz|time)(\((\d+)\))?( (with|without) time ?zone)?$/.exec(t))) {
    const tz = m[1]!.endsWith('tz') || m[5] === 'with';
    const base = m[1]!.replace(/tz$/, '');
    return `${base}${m[3] ? `(${m[3]})` : ''} ${tz ? 'with' : 'without'} time zone`;
  }
  if ((m = /^interval(( (year|month|day|hour|minute|second)( to (month|hour|minute|second))?)?)(\((\d+)\))?$/.exec(t))) {
    return `interval${m[1] ?? ''}${m[7] ? `(${m[7]})` : ''}`;
  }
  if ((m = /^bit(\((\d+)\))?$/.exec(t))) return `bit(${m[2] ?? '1'})`;
  if ((m = /^(bit varying|varbit)(\((\d+)\))?$/.exec(t))) return m[3] ? `bit varying(${m[3]})` : 'bit varying';
  const alias = TYPE_ALIASES[t];
  if (alias) return alias;
  if (BUILTIN_TYPES.has(t)) return t;
  return null;
}

function userType(s: string, options: CanonicalTypeOptions): string {
  let name = s;
  let modifier = '';
  const open = s.lastIndexOf('(');
  if (s.endsWith(')') && open > 0 && !insideQuotes(s, open)) {
    name = s.slice(0, open).trim();
    modifier = `(${s.slice(open + 1, -1).split(',').map((p) => p.trim()).join(',')})`;
  }
  const parts = parseQualifiedName(name);
  const qualified = parts.length === 1 ? [options.schema ?? 'public', parts[0]!] : parts;
  return qualified.map(quoteIdent).join('.') + modifier;
}
