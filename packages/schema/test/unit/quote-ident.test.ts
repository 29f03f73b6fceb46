import { parseQualifiedName, quoteIdent, quoteQualified } from '../../src/canonical/quote-ident';

describe('quoteIdent', () => {
  test.each([
    ['users', 'users'],
    ['order', '"order"'],
    ['user', '"user"'],
    ['name', 'name'],
    ['Users', '"Users"'],
    ['weird; name', '"weird; name"'],
    ['a"b', '"a""b"'],
    ['_x$1', '_x$1'],
    ['1abc', '"1abc"'],
  ])('%s → %s', (name, expected) => {
    expect(quoteIdent(name)).toBe(expected);
  });

  test('qualified', () => {
    expect(quoteQualified('public', 'order')).toBe('public."order"');
  });

  test.each([
    ['public.users', ['public', 'users']],
    ['App."My Type"', ['app', 'My Type']],
    ['"a.b"."c""d"', ['a.b', 'c"d']],
    ['Users', ['users']],
  ])('parseQualifiedName(%s)', (text, parts) => {
    expect(parseQualifiedName(text)).toEqual(parts);
  });
});
