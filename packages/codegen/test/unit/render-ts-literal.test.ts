import { propertyKey, stringLiteral, tsLiteral } from '../../src/render/ts-literal';

describe('stringLiteral', () => {
  it.each([
    ['users', "'users'"],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['say "hi"', `'say "hi"'`],
    ['weird; name', "'weird; name'"],
    ['a\nb\r\tc', "'a\\nb\\r\\tc'"],
    ['nul\u0000bell\u0007del\u007f', "'nul\\u0000bell\\u0007del\\u007f'"],
    ['line\u2028para\u2029', "'line\\u2028para\\u2029'"],
    ['café 🐘 ünïcode', "'café 🐘 ünïcode'"],
    ['lone \ud800 high, lone \udc00 low', "'lone \\ud800 high, lone \\udc00 low'"],
    ['${not a template}', "'${not a template}'"],
  ])('%j → %s', (value, expected) => {
    expect(stringLiteral(value)).toBe(expected);
  });

  it('reads back as the same string', () => {
    const nasty = '\'\\"\n\r\u2028\u0000\ud83d\ude00\ud800`${x}`';
    expect(new Function(`return ${stringLiteral(nasty)};`)()).toBe(nasty);
  });
});

describe('propertyKey', () => {
  it.each([
    ['name', 'name'],
    ['order', 'order'],
    ['default', 'default'],
    ['$ref', '$ref'],
    ['_x1', '_x1'],
    ['café', 'café'],
    ['1abc', "'1abc'"],
    ['weird; name', "'weird; name'"],
    ['created-at', "'created-at'"],
    ["it's", "'it\\'s'"],
    ['', "''"],
    ['__proto__', "['__proto__']"],
  ])('%j → %s', (key, expected) => {
    expect(propertyKey(key)).toBe(expected);
  });
});

describe('tsLiteral', () => {
  it('writes scalars', () => {
    expect([1, -2.5, 0, -0, NaN, Infinity, -Infinity].map(tsLiteral)).toStrictEqual([
      '1',
      '-2.5',
      '0',
      '-0',
      'NaN',
      'Infinity',
      '-Infinity',
    ]);
    expect([true, false, null, undefined, 9007199254740993n].map(tsLiteral)).toStrictEqual([
      'true',
      'false',
      'null',
      'undefined',
      '9007199254740993n',
    ]);
    expect(tsLiteral(new Date('2026-11-23T18:47:00.000Z'))).toBe(
      "new Date('2026-11-23T18:47:00.000Z')",
    );
  });

  it('writes arrays and objects on one line, leaving undefined properties out', () => {
    expect(tsLiteral([])).toBe('[]');
    expect(tsLiteral({})).toBe('{}');
    expect(tsLiteral({ a: undefined })).toBe('{}');
    expect(tsLiteral([1, undefined, 'x'])).toBe("[1, undefined, 'x']");
    expect(tsLiteral({ b: 1, a: { 'weird; key': [null, { order: 'desc' }] }, c: undefined })).toBe(
      "{ b: 1, a: { 'weird; key': [null, { order: 'desc' }] } }",
    );
    expect(tsLiteral(Object.assign(Object.create(null), { x: 1 }))).toBe('{ x: 1 }');
  });

  it('refuses values a migration file cannot hold', () => {
    expect(() => tsLiteral(() => 1)).toThrow(/Cannot write a function value/);
    expect(() => tsLiteral(Symbol('s'))).toThrow(/Cannot write a symbol value/);
    expect(() => tsLiteral(new Map())).toThrow(
      expect.objectContaining({
        code: 'UNRENDERABLE_VALUE',
        message: expect.stringContaining('Map'),
      }),
    );
  });
});
