import { parseIndexKeySql } from '@retort/schema';

describe('parseIndexKeySql', () => {
  it('reads a bare column name as a column key, with its ordering', () => {
    expect(parseIndexKeySql('name')).toEqual({ column: 'name', expression: null, order: 'asc', nulls: 'last' });
    expect(parseIndexKeySql('name desc')).toEqual({ column: 'name', expression: null, order: 'desc', nulls: 'first' });
    expect(parseIndexKeySql('"Weird Name" DESC NULLS LAST')).toEqual({ column: 'Weird Name', expression: null, order: 'desc', nulls: 'last' });
    expect(parseIndexKeySql('Name nulls first')).toEqual({ column: 'name', expression: null, order: 'asc', nulls: 'first' });
  });

  it('keeps an expression, without its trailing ordering', () => {
    expect(parseIndexKeySql('lower(name) desc')).toEqual({ column: null, expression: 'lower(name)', order: 'desc', nulls: 'first' });
    expect(parseIndexKeySql("(a || 'desc')")).toEqual({ column: null, expression: "(a || 'desc')", order: 'asc', nulls: 'last' });
    expect(parseIndexKeySql('namedesc')).toEqual({ column: 'namedesc', expression: null, order: 'asc', nulls: 'last' });
  });
});
