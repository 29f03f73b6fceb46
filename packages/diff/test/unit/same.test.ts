import { same, stableJson } from '../../src/compare/context';

// `same` answers what comparing stableJson texts answered, without building them
const cases: [unknown, unknown][] = [
  [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }],
  [{ a: 1, b: undefined }, { a: 1 }],
  [{ a: null }, { a: undefined }],
  [[1, undefined], [1, null]],
  [{ a: [{ x: 'y', z: null }] }, { a: [{ z: null, x: 'y' }] }],
  [{ a: [1, 2] }, { a: [2, 1] }],
  [{ a: 1 }, { a: '1' }],
  [{ a: {} }, { a: [] }],
  [null, {}],
  ['x', 'x'],
  [{ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }],
  [{ a: 1 }, { a: 1, b: 2 }],
];

test.each(cases)('same(%j, %j) agrees with stableJson', (a, b) => {
  expect(same(a, b)).toBe(stableJson(a) === stableJson(b));
  expect(same(b, a)).toBe(stableJson(a) === stableJson(b));
});
