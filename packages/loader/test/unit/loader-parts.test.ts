import { join } from 'node:path';
import { parseJsonc } from '../../src/jsonc';
import { aliasCandidates } from '../../src/path-alias';
import { tsconfigFor } from '../../src/tsconfig';

describe('parseJsonc', () => {
  test('strips comments and trailing commas but keeps them inside strings', () => {
    const text = `{ // line\n "a": "x // y", /* block */ "b": [1, 2,], "c": ",}", }`;
    expect(parseJsonc(text)).toEqual({ a: 'x // y', b: [1, 2], c: ',}' });
  });
});

describe('tsconfig paths', () => {
  const config = tsconfigFor(join(__dirname, '..', 'fixtures', 'loader'));

  test('reads baseUrl and paths from the nearest tsconfig.json', () => {
    expect(config.paths).toEqual({ '@lib/*': ['lib/*'], '#greeting': ['lib/greet.ts'] });
    expect(config.pathsBase).toBe(join(__dirname, '..', 'fixtures', 'loader'));
  });

  test('maps an aliased request to candidate files, then falls back to baseUrl', () => {
    const base = config.pathsBase!;
    expect(aliasCandidates('@lib/greet', config)).toEqual([join(base, 'lib/greet'), join(base, '@lib/greet')]);
    expect(aliasCandidates('lodash', config)).toEqual([join(base, 'lodash')]);
  });
});
