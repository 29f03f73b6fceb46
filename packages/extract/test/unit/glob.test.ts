import { globToRegExp } from '../../src/files/glob';

describe('globToRegExp', () => {
  test.each([
    ['src/**/*.entity.ts', 'src/a/b/user.entity.ts', true],
    ['src/**/*.entity.ts', 'src/user.entity.ts', true],
    ['src/*.ts', 'src/a/user.ts', false],
    ['db/{schema,enums}.ts', 'db/enums.ts', true],
    ['db/schema?.ts', 'db/schema1.ts', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
