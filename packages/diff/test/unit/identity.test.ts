import { diff } from '@retort/diff';
import { emptyModel } from '@retort/schema';
import { richModel } from './rich-model';

describe('equal models', () => {
  it('give no operations', () => {
    expect(diff(richModel(), richModel())).toEqual([]);
  });

  it('give no operations whatever the order of unordered lists', () => {
    const shuffled = richModel();
    shuffled.tables.reverse();
    shuffled.enums.reverse();
    shuffled.sequences.reverse();
    expect(diff(richModel(), shuffled)).toEqual([]);
  });

  it('give no operations for empty models', () => {
    expect(diff(emptyModel(), emptyModel())).toEqual([]);
  });

  it('do not mutate their inputs', () => {
    const a = richModel();
    const b = emptyModel();
    diff(a, b);
    diff(b, a);
    expect(a).toEqual(richModel());
  });
});

describe('equality', () => {
  it('does not depend on the order of keys in model objects', () => {
    const reordered = JSON.parse(
      JSON.stringify(richModel(), (_k, v: unknown) =>
        v !== null && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v,
      ),
    );
    expect(diff(richModel(), reordered)).toEqual([]);
  });
});
