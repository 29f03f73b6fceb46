import {
  checkConstraintName,
  foreignKeyName,
  indexName,
  makeObjectName,
  primaryKeyName,
  sequenceName,
  truncateIdentifier,
  uniqueConstraintName,
} from '../../src/canonical/names';

const A63 = 'a'.repeat(63);
/** Names checked against PostgreSQL 15 (CREATE TABLE without constraint names, then pg_constraint/pg_class). */
describe('implicit names', () => {
  test('short names', () => {
    expect(primaryKeyName('order')).toBe('order_pkey');
    expect(uniqueConstraintName('order', ['user'])).toBe('order_user_key');
    expect(uniqueConstraintName('order', ['a', 'b'])).toBe('order_a_b_key');
    expect(foreignKeyName('posts', ['author_id'])).toBe('posts_author_id_fkey');
    expect(checkConstraintName('order', ['a'])).toBe('order_a_check');
    expect(checkConstraintName('order', ['a', 'b'])).toBe('order_check');
    expect(checkConstraintName('order', ['a', 'a'])).toBe('order_a_check');
    expect(indexName('order', ['a', 'b'])).toBe('order_a_b_idx');
    expect(indexName('order', ['lower'])).toBe('order_lower_idx');
    expect(sequenceName('order', 'id')).toBe('order_id_seq');
  });

  test('clashes append a number to the label', () => {
    expect(checkConstraintName('order', ['a'], new Set(['order_a_check']))).toBe('order_a_check1');
    expect(indexName('order', ['a'], false, new Set(['order_a_idx', 'order_a_idx1']))).toBe('order_a_idx2');
    expect(uniqueConstraintName('order', ['a', 'b'], new Set(['order_a_b_key']))).toBe('order_a_b_key1');
  });

  test('long names shorten the longer part first, to 63 bytes', () => {
    expect(primaryKeyName(A63)).toBe(`${'a'.repeat(58)}_pkey`);
    expect(foreignKeyName(A63, ['cc'])).toBe(`${'a'.repeat(55)}_cc_fkey`);
    expect(sequenceName(A63, 'b'.repeat(43))).toBe(`${'a'.repeat(29)}_${'b'.repeat(29)}_seq`);
  });

  test('multi-byte characters are never split', () => {
    const table = 'tåble_ünïcödé_ñame_that_is_rather_long_for_postgresql_nam';
    expect(truncateIdentifier('tåble_ünïcödé_ñame_that_is_rather_long_for_postgresql_names_x')).toBe(table);
    expect(sequenceName(table, 'cölumn_with_ünïcode_chars_too')).toBe('tåble_ünïcödé_ñame_that_cölumn_with_ünïcode_chars__seq');
  });

  test('makeObjectName without a second part or label', () => {
    expect(makeObjectName('t', null, null)).toBe('t');
    expect(makeObjectName('t', 'c', null)).toBe('t_c');
    expect(truncateIdentifier('short')).toBe('short');
  });
});
