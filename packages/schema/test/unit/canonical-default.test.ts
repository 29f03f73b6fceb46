import { canonicalDefault, castLabel } from '../../src/canonical/default';

/** [default as written, column type, what PostgreSQL 15's pg_get_expr prints (null: no default stored)]. */
const SERVER_CASES: [string, string, string | null][] = [
  ["1", "integer", "1"],
  ["0", "bigint", "0"],
  ["-1", "bigint", "'-1'::integer"],
  ["-1", "integer", "'-1'::integer"],
  ["2", "smallint", "2"],
  ["0", "numeric(12,2)", "0"],
  ["1.5", "numeric", "1.5"],
  ["-1.5", "numeric", "'-1.5'::numeric"],
  ["'a'", "text", "'a'::text"],
  ["'a'::text", "text", "'a'::text"],
  ["'x'", "varchar(255)", "'x'::character varying"],
  ["'ab'", "char(3)", "'ab'::bpchar"],
  ["'t'", "boolean", "true"],
  ["'false'", "boolean", "false"],
  ["true", "boolean", "true"],
  ["FALSE", "boolean", "false"],
  ["now()", "timestamp with time zone", "now()"],
  ["NOW()", "timestamp with time zone", "now()"],
  ["current_timestamp", "timestamp with time zone", "CURRENT_TIMESTAMP"],
  ["CURRENT_TIMESTAMP", "timestamp without time zone", "CURRENT_TIMESTAMP"],
  ["current_timestamp(3)", "timestamp with time zone", "CURRENT_TIMESTAMP(3)"],
  ["current_date", "date", "CURRENT_DATE"],
  ["1.5", "double precision", "1.5"],
  ["'1.5'", "double precision", "'1.5'::double precision"],
  ["1", "real", "1"],
  ["gen_random_uuid()", "uuid", "gen_random_uuid()"],
  ["'{}'", "jsonb", "'{}'::jsonb"],
  ["'[]'::json", "json", "'[]'::json"],
  ["'{}'", "text[]", "'{}'::text[]"],
  ["'{a}'", "public.mood[]", "'{a}'::mood[]"],
  ["'a'", "public.mood", "'a'::mood"],
  ["'x'", "app.kind", "'x'::app.kind"],
  ["'it''s'", "text", "'it''s'::text"],
  ["'5'", "integer", "5"],
  ["'-5'", "integer", "'-5'::integer"],
  ["'5'", "bigint", "'5'::bigint"],
  ["'1000'", "numeric", "'1000'::numeric"],
  ["'1.50'", "numeric", "1.50"],
  ["3000000000", "bigint", "'3000000000'::bigint"],
  ["(1)", "integer", "1"],
  ["(5 * 2)", "integer", "(5 * 2)"],
  ["('a')", "text", "'a'::text"],
  ["'127.0.0.1'", "inet", "'127.0.0.1'::inet"],
  ["'\\x00'", "bytea", "'\\x00'::bytea"],
  ["null", "text", null],
  ["'{}'::jsonb", "jsonb", "'{}'::jsonb"],
  ["'hello'::character varying", "varchar(20)", "'hello'::character varying"],
];

describe('canonicalDefault', () => {
  test.each(SERVER_CASES)('%s on %s → %s', (expr, type, expected) => {
    expect(canonicalDefault(expr, type)).toBe(expected);
  });

  test.each(SERVER_CASES.filter((c) => c[2] !== null))('is idempotent on PostgreSQL output of %s on %s', (_expr, type, expected) => {
    expect(canonicalDefault(expected, type)).toBe(expected);
  });

  test('JavaScript values from ORM metadata', () => {
    expect(canonicalDefault(0, 'integer')).toBe('0');
    expect(canonicalDefault(-3, 'integer')).toBe("'-3'::integer");
    expect(canonicalDefault(2.5, 'numeric(5,2)')).toBe('2.5');
    expect(canonicalDefault(true, 'boolean')).toBe('true');
    expect(canonicalDefault(null, 'text')).toBeNull();
    expect(canonicalDefault(undefined, 'text')).toBeNull();
  });

  test('enum literals outside public keep their schema', () => {
    expect(canonicalDefault("'x'", 'app.kind')).toBe("'x'::app.kind");
    expect(canonicalDefault("'x'", 'app."Weird Kind"')).toBe(`'x'::app."Weird Kind"`);
  });

  test('expressions it does not understand come back trimmed', () => {
    expect(canonicalDefault('  (now() + interval \'1 day\')  ', 'timestamp with time zone')).toBe("(now() + interval '1 day')");
    expect(canonicalDefault("'a'::text || 'b'", 'text')).toBe("'a'::text || 'b'");
  });
});

describe('castLabel', () => {
  test.each([
    ['character varying(255)', 'character varying'],
    ['character(3)', 'bpchar'],
    ['numeric(12,2)', 'numeric'],
    ['timestamp(3) with time zone', 'timestamp with time zone'],
    ['character varying(10)[]', 'character varying[]'],
    ['public.mood', 'mood'],
    ['app.kind[]', 'app.kind[]'],
    ['interval day to second', 'interval'],
  ])('%s → %s', (type, expected) => {
    expect(castLabel(type)).toBe(expected);
  });
});

describe('canonicalDefault with type modifiers', () => {
  test.each([
    ["'1.5'", 'numeric(12,2)', '1.5'],
    ["'0'", 'numeric(12,2)', "'0'::numeric"],
    ["'x'", 'character varying(10)', "'x'::character varying"],
  ])('%s on %s → %s', (expr, type, expected) => {
    expect(canonicalDefault(expr, type)).toBe(expected);
  });
});
