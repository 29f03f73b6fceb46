import { isUserType, parseType } from './type-change';

const NUMBERS = ['smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision', 'money'];
const STRINGS = ['text', 'character varying', 'character', 'bpchar', 'name'];
const DATETIMES = ['date', 'timestamp without time zone', 'timestamp with time zone'];
const TIMES = ['time without time zone', 'time with time zone', 'interval'];
const OTHERS = [
  'boolean',
  'uuid',
  'bytea',
  'json',
  'jsonb',
  'inet',
  'cidr',
  'macaddr',
  'bit',
  'bit varying',
  'xml',
];

/** Built-in base types whose casts retort knows; any other type is assumed castable. */
const KNOWN = new Set([...NUMBERS, ...STRINGS, ...DATETIMES, ...TIMES, ...OTHERS]);

/** Casts between different families, as pg_cast lists them (`from>to`). */
const CROSS = new Set([
  'integer>boolean',
  'boolean>integer',
  'timestamp without time zone>time without time zone',
  'timestamp with time zone>time without time zone',
  'timestamp with time zone>time with time zone',
  'time without time zone>interval',
  'interval>time without time zone',
  'inet>cidr',
  'cidr>inet',
  'json>jsonb',
  'jsonb>json',
  'integer>bit',
  'bigint>bit',
  'bit>integer',
  'bit>bigint',
  'bit>bit varying',
  'bit varying>bit',
  ...['boolean', 'smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision'].map(
    (t) => `jsonb>${t}`,
  ),
]);

const family = (base: string) =>
  NUMBERS.includes(base) ? 'number' : DATETIMES.includes(base) ? 'datetime' : base;

/**
 * Whether PostgreSQL can convert `from` into `to` at all (`USING col::to` parses), so that an
 * ALTER COLUMN … TYPE is possible; integer → uuid is not, on any table, empty or not.
 * Strings convert to and from anything (I/O casts); arrays convert element-wise; user types go
 * through text (see typeChange); unknown (extension) types are given the benefit of the doubt.
 */
export function castExists(from: string, to: string): boolean {
  if (from === to || isUserType(from) || isUserType(to)) return true;
  const a = parseType(from);
  const b = parseType(to);
  if (STRINGS.includes(a.base) && !a.array) return true;
  if (STRINGS.includes(b.base) && !b.array) return true;
  if (a.array !== b.array) return false;
  if (!KNOWN.has(a.base) || !KNOWN.has(b.base)) return true;
  if (a.base === b.base || family(a.base) === family(b.base)) return true;
  return CROSS.has(`${a.base}>${b.base}`);
}
