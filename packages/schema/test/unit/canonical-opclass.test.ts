import { canonicalOpclass } from '../../src';

describe('canonicalOpclass', () => {
  test.each([
    ['gin_trgm_ops', 'gin_trgm_ops'],
    ['public.gin_trgm_ops', 'gin_trgm_ops'],
    ['PUBLIC.GIN_TRGM_OPS', 'gin_trgm_ops'],
    ['"public"."gin_trgm_ops"', 'gin_trgm_ops'],
    ['pg_catalog.text_pattern_ops', 'text_pattern_ops'],
    ['text_pattern_ops', 'text_pattern_ops'],
    ['ext.gist_trgm_ops', 'ext.gist_trgm_ops'],
    ['"My Ext"."Ops"', '"My Ext"."Ops"'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalOpclass(input)).toBe(expected);
    expect(canonicalOpclass(expected)).toBe(expected);
  });
});
