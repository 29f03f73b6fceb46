/**
 * Aliases to canonical (`format_type`) spelling for built-in types whose modifiers are handled
 * generically. Types with special grammar (character types, numeric, float, time/timestamp,
 * interval, bit) are handled in `type.ts`.
 */
export const TYPE_ALIASES: Readonly<Record<string, string>> = {
  int: 'integer',
  int4: 'integer',
  integer: 'integer',
  serial: 'integer',
  serial4: 'integer',
  int2: 'smallint',
  smallint: 'smallint',
  smallserial: 'smallint',
  serial2: 'smallint',
  int8: 'bigint',
  bigint: 'bigint',
  bigserial: 'bigint',
  serial8: 'bigint',
  float4: 'real',
  real: 'real',
  float8: 'double precision',
  'double precision': 'double precision',
  bool: 'boolean',
  boolean: 'boolean',
  varbit: 'bit varying',
  'bit varying': 'bit varying',
  '"char"': '"char"',
};

/** Other pg_catalog types, spelled as `format_type` spells them (never schema-qualified). */
export const BUILTIN_TYPES: ReadonlySet<string> = new Set(
  (
    'aclitem box bytea cid cidr circle date datemultirange daterange gtsvector inet int2vector ' +
    'int4multirange int4range int8multirange int8range json jsonb jsonpath line lseg macaddr macaddr8 money ' +
    'name nummultirange numrange oid oidvector path pg_lsn pg_snapshot point polygon refcursor regclass ' +
    'regcollation regconfig regdictionary regnamespace regoper regoperator regproc regprocedure regrole ' +
    'regtype text tid tsmultirange tsquery tsrange tstzmultirange tstzrange tsvector txid_snapshot uuid xid ' +
    'xid8 xml bpchar'
  ).split(' '),
);

/** Internal array type names (`_int4`) have the element's name after the underscore. */
export const SERIAL_TYPES: Readonly<Record<string, 'smallint' | 'integer' | 'bigint'>> = {
  smallserial: 'smallint',
  serial2: 'smallint',
  serial: 'integer',
  serial4: 'integer',
  bigserial: 'bigint',
  serial8: 'bigint',
};
