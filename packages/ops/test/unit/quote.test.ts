import { quoteIdent, quoteLiteral } from '@retort/ops';

describe('quoteIdent', () => {
  it.each([
    ['users', '"users"'],
    ['order', '"order"'],
    ['weird; name', '"weird; name"'],
    ['a"b', '"a""b"'],
    ['a.b', '"a.b"'],
    ['Users', '"Users"'],
  ])('quotes %s as %s', (name, quoted) => {
    expect(quoteIdent(name)).toBe(quoted);
  });

  it('refuses an empty identifier', () => {
    expect(() => quoteIdent('')).toThrow('cannot be empty');
  });
});

describe('quoteLiteral', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ['back\\slash', "'back\\slash'"],
    ['', "''"],
  ])('quotes %j', (value, quoted) => {
    expect(quoteLiteral(value)).toBe(quoted);
  });

  it('refuses a NUL character', () => {
    expect(() => quoteLiteral('a\0b')).toThrow('NUL');
  });
});
