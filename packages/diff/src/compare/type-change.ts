import { quoteIdent } from '@retort/ops';

/** What changing a column from one canonical type to another takes and risks. */
export interface TypeChange {
  /** `USING` expression when PostgreSQL has no implicit or assignment cast, else undefined. */
  using: string | undefined;
  /** The change rewrites the table (and its indexes) under an ACCESS EXCLUSIVE lock. */
  rewrite: boolean;
  /** Values may not fit the new type (shorter, less precise, smaller range). */
  narrowing: boolean;
}

interface ParsedType {
  base: string;
  mods: number[] | null;
  array: boolean;
}

const INTEGER_RANK: Record<string, number> = { smallint: 1, integer: 2, bigint: 3 };
const NUMBERS = new Set(['smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision']);
const STRINGS = new Set(['text', 'character varying', 'character', 'bpchar']);
const DATETIMES = new Set(['date', 'timestamp without time zone', 'timestamp with time zone']);
const TIMES = new Set(['time without time zone', 'time with time zone']);
const PAIRS = new Set([
  'json>jsonb',
  'jsonb>json',
  'inet>cidr',
  'cidr>inet',
  'bit>bit varying',
  'bit varying>bit',
]);
/** Base types whose modifier is a length or precision that may grow without a rewrite. */
const GROWABLE = new Set([
  'character varying',
  'bit varying',
  'numeric',
  'interval',
  'timestamp without time zone',
  'timestamp with time zone',
  'time without time zone',
  'time with time zone',
]);

export function parseType(type: string): ParsedType {
  const array = type.endsWith('[]');
  const s = array ? type.slice(0, -2) : type;
  const m = /\((\d+)(?:,(-?\d+))?\)/.exec(s);
  if (m === null || s.includes('"')) return { base: s, mods: null, array };
  const mods = m[2] === undefined ? [Number(m[1])] : [Number(m[1]), Number(m[2])];
  return { base: (s.slice(0, m.index) + s.slice(m.index + m[0].length)).trim(), mods, array };
}

/** A user-defined type (enum, domain, extension type) is always schema-qualified in the model. */
export function isUserType(type: string): boolean {
  return type.includes('.');
}

function hasAssignmentCast(from: ParsedType, to: ParsedType): boolean {
  if (from.base === to.base) return true;
  if (STRINGS.has(to.base)) return true;
  if (NUMBERS.has(from.base) && NUMBERS.has(to.base)) return true;
  if (DATETIMES.has(from.base) && DATETIMES.has(to.base)) return true;
  if (TIMES.has(to.base) && (TIMES.has(from.base) || from.base.startsWith('timestamp')))
    return true;
  return PAIRS.has(`${from.base}>${to.base}`);
}

function modsWiden(from: number[] | null, to: number[] | null): boolean {
  if (to === null) return true;
  if (from === null) return false;
  if (from.length === 2 || to.length === 2)
    return from[1] === to[1] && (to[0] ?? 0) >= (from[0] ?? 0);
  return (to[0] ?? 0) >= (from[0] ?? 0);
}

function rewrites(from: ParsedType, to: ParsedType): boolean {
  if (from.array !== to.array) return true;
  if (from.base === to.base) return !(GROWABLE.has(from.base) && modsWiden(from.mods, to.mods));
  if (from.base === 'character varying' && to.base === 'text') return false;
  if (from.base === 'text' && to.base === 'character varying') return to.mods !== null;
  return !(from.base === 'cidr' && to.base === 'inet');
}

function narrows(from: ParsedType, to: ParsedType): boolean {
  if (from.base === to.base) return !modsWiden(from.mods, to.mods);
  const fromRank = INTEGER_RANK[from.base];
  const toRank = INTEGER_RANK[to.base];
  if (toRank !== undefined)
    return NUMBERS.has(from.base) && (fromRank === undefined || fromRank > toRank);
  if (to.base === 'real') return from.base === 'double precision' || from.base === 'numeric';
  if (to.base === 'numeric') return to.mods !== null;
  if (STRINGS.has(to.base)) return to.mods !== null && to.base !== 'text';
  if (to.base === 'date') return from.base.startsWith('timestamp');
  if (TIMES.has(to.base)) return from.base.startsWith('timestamp');
  return false;
}

/** The cast for `USING`: through text when leaving a user-defined type (enum → enum, enum → int). */
function usingExpression(column: string, from: string, to: string): string {
  const via =
    isUserType(from) && !from.endsWith('[]') ? '::text' : isUserType(from) ? '::text[]' : '';
  return `${quoteIdent(column)}${via}::${to}`;
}

export function typeChange(column: string, from: string, to: string): TypeChange {
  const a = parseType(from);
  const b = parseType(to);
  const castable =
    a.array === b.array &&
    !(isUserType(from) && from !== to && !STRINGS.has(b.base)) &&
    hasAssignmentCast(a, b);
  return {
    using: castable ? undefined : usingExpression(column, from, to),
    rewrite: rewrites(a, b),
    narrowing: narrows(a, b),
  };
}
