import { canonicalType, serialBaseType } from '../../src/canonical/type';

/** Expected values are what PostgreSQL 15's format_type prints for a column declared with the input. */
const SERVER_CASES: [string, string][] = [
  ["int", "integer"],
  ["int4", "integer"],
  ["integer", "integer"],
  ["INTEGER", "integer"],
  ["int2", "smallint"],
  ["smallint", "smallint"],
  ["int8", "bigint"],
  ["bigint", "bigint"],
  ["float4", "real"],
  ["real", "real"],
  ["float8", "double precision"],
  ["double precision", "double precision"],
  ["float", "double precision"],
  ["float(10)", "real"],
  ["float(25)", "double precision"],
  ["bool", "boolean"],
  ["boolean", "boolean"],
  ["decimal", "numeric"],
  ["decimal(12,2)", "numeric(12,2)"],
  ["numeric(12, 2)", "numeric(12,2)"],
  ["numeric(5)", "numeric(5,0)"],
  ["dec(3,1)", "numeric(3,1)"],
  ["varchar", "character varying"],
  ["varchar(255)", "character varying(255)"],
  ["character varying(255)", "character varying(255)"],
  ["char varying(10)", "character varying(10)"],
  ["char", "character(1)"],
  ["char(3)", "character(3)"],
  ["character(3)", "character(3)"],
  ["character", "character(1)"],
  ["bpchar", "bpchar"],
  ["\"char\"", "\"char\""],
  ["text", "text"],
  ["uuid", "uuid"],
  ["json", "json"],
  ["jsonb", "jsonb"],
  ["bytea", "bytea"],
  ["date", "date"],
  ["timestamp", "timestamp without time zone"],
  ["timestamp(3)", "timestamp(3) without time zone"],
  ["timestamptz", "timestamp with time zone"],
  ["timestamptz(6)", "timestamp(6) with time zone"],
  ["timestamp with time zone", "timestamp with time zone"],
  ["timestamp(3) with time zone", "timestamp(3) with time zone"],
  ["timestamp without time zone", "timestamp without time zone"],
  ["timestamp (3) with time zone", "timestamp(3) with time zone"],
  ["time", "time without time zone"],
  ["timetz", "time with time zone"],
  ["time(3)", "time(3) without time zone"],
  ["time with time zone", "time with time zone"],
  ["interval", "interval"],
  ["interval(3)", "interval(3)"],
  ["interval day to second", "interval day to second"],
  ["interval year to month", "interval year to month"],
  ["interval second(3)", "interval second(3)"],
  ["bit", "bit(1)"],
  ["bit(8)", "bit(8)"],
  ["varbit", "bit varying"],
  ["bit varying(3)", "bit varying(3)"],
  ["inet", "inet"],
  ["cidr", "cidr"],
  ["macaddr", "macaddr"],
  ["tsvector", "tsvector"],
  ["point", "point"],
  ["money", "money"],
  ["text[]", "text[]"],
  ["int[]", "integer[]"],
  ["int4[][]", "integer[]"],
  ["integer[3]", "integer[]"],
  ["integer array", "integer[]"],
  ["varchar(10)[]", "character varying(10)[]"],
  ["_int4", "integer[]"],
  ["_text", "text[]"],
  ["pg_catalog.int4", "integer"],
  ["numrange", "numrange"],
  ["xml", "xml"],
];

describe('canonicalType', () => {
  test.each(SERVER_CASES)('%s → %s', (input, expected) => {
    expect(canonicalType(input)).toBe(expected);
  });

  test.each(SERVER_CASES)('is idempotent on %s', (input) => {
    const once = canonicalType(input);
    expect(canonicalType(once)).toBe(once);
  });

  test.each([
    ['serial', 'integer'],
    ['bigserial', 'bigint'],
    ['smallserial', 'smallint'],
    ['serial8', 'bigint'],
  ])('serial pseudo-type %s is %s', (input, expected) => {
    expect(canonicalType(input)).toBe(expected);
    expect(serialBaseType(input)).toBe(expected);
  });

  test('serialBaseType is null for other types', () => {
    expect(serialBaseType('integer')).toBeNull();
  });

  test.each([
    ['mood', { schema: 'public' }, 'public.mood'],
    ['mood[]', { schema: 'public' }, 'public.mood[]'],
    ['Public.Mood', {}, 'public.mood'],
    ['app."Weird Kind"', {}, 'app."Weird Kind"'],
    ['"Weird Kind"[]', { schema: 'app' }, 'app."Weird Kind"[]'],
    ['app."order"', {}, 'app."order"'],
    ['public.geometry(Point, 4326)', {}, 'public.geometry(Point,4326)'],
    ['vector(3)', { schema: 'public' }, 'public.vector(3)'],
    ['citext', {}, 'public.citext'],
    ['citext[]', {}, 'public.citext[]'],
  ])('user-defined type %s → %s', (input, options, expected) => {
    expect(canonicalType(input, options)).toBe(expected);
    expect(canonicalType(expected)).toBe(expected);
  });

  test('built-in types are never qualified', () => {
    expect(canonicalType('text', { schema: 'app' })).toBe('text');
    expect(canonicalType('timestamptz(3)', { schema: 'app' })).toBe('timestamp(3) with time zone');
  });
});
