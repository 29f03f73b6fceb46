/**
 * Which extension provides a type, a function or an operator class, for the extensions whose
 * objects ORM models use. Names are as canonical forms spell them: types schema-qualified in
 * public (see canonicalType), operator classes and functions bare.
 */
export const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  citext: 'citext',
  hstore: 'hstore',
  ltree: 'ltree',
  lquery: 'ltree',
  ltxtquery: 'ltree',
  cube: 'cube',
  seg: 'seg',
  isbn: 'isn',
  isbn13: 'isn',
  issn: 'isn',
  ean13: 'isn',
  vector: 'vector',
  halfvec: 'vector',
  sparsevec: 'vector',
  geometry: 'postgis',
  geography: 'postgis',
  box2d: 'postgis',
  box3d: 'postgis',
};

/** Function name prefixes (in defaults, generated columns, checks, index expressions). */
export const EXTENSION_FUNCTIONS: readonly (readonly [RegExp, string])[] = [
  [/^uuid_(generate_v[1345]|generate_v1mc|nil|ns_(dns|url|oid|x500))$/, 'uuid-ossp'],
  [/^(gen_salt|crypt|digest|hmac|pgp_\w+|armor|dearmor|gen_random_bytes)$/, 'pgcrypto'],
  [/^(similarity|word_similarity|strict_word_similarity|show_trgm)$/, 'pg_trgm'],
  [/^unaccent$/, 'unaccent'],
  [/^(levenshtein|soundex|difference|metaphone|dmetaphone|daitch_mokotoff)$/, 'fuzzystrmatch'],
  [/^(earth_distance|ll_to_earth|earth_box)$/, 'earthdistance'],
  [/^st_\w+$/, 'postgis'],
];

/** Operator classes, by name (bare; see canonicalOpclass). */
export const EXTENSION_OPCLASSES: readonly (readonly [RegExp, string])[] = [
  [/^(gin|gist)_trgm_ops$/, 'pg_trgm'],
  [/^(gin|gist)_hstore_ops$|^(btree|hash)_hstore_ops$/, 'hstore'],
  [/^(gist_ltree|gist__ltree|btree_ltree|hash_ltree)_ops$/, 'ltree'],
  [/^(gin|gist)__int(big)?_ops$/, 'intarray'],
  [/^(vector|halfvec|sparsevec)_\w+_ops$/, 'vector'],
  [/^(gist_geometry|gist_geography|brin_geometry|spgist_geometry|btree_geometry|gist_geometry_ops_nd|gist_geometry_ops_2d)\w*$/, 'postgis'],
  [/^gist_cube_ops$/, 'cube'],
  [/^gist_seg_ops$/, 'seg'],
  [/^gist_\w+_ops$/, 'btree_gist'],
  [/^(citext_ops|citext_pattern_ops)$/, 'citext'],
];
