import {
  matchRelative,
  parseRevisionIdentifier,
  parseRevisionRange,
} from '../../src/graph/revision-identifier';

describe('identifier grammar', () => {
  it.each([
    ['3f9a1c2b7d4e', { kind: 'absolute', branch: null, symbol: '3f9a1c2b7d4e' }],
    ['3f9a', { kind: 'absolute', branch: null, symbol: '3f9a' }],
    ['head', { kind: 'absolute', branch: null, symbol: 'head' }],
    ['heads', { kind: 'absolute', branch: null, symbol: 'heads' }],
    ['base', { kind: 'absolute', branch: null, symbol: 'base' }],
    ['feature@head', { kind: 'absolute', branch: 'feature', symbol: 'head' }],
    ['feature@base', { kind: 'absolute', branch: 'feature', symbol: 'base' }],
    ['my-feature@3f9a', { kind: 'absolute', branch: 'my-feature', symbol: '3f9a' }],
    ['+2', { kind: 'relative', branch: null, symbol: null, steps: 2 }],
    ['-1', { kind: 'relative', branch: null, symbol: null, steps: -1 }],
    ['3f9a+2', { kind: 'relative', branch: null, symbol: '3f9a', steps: 2 }],
    ['3f9a-1', { kind: 'relative', branch: null, symbol: '3f9a', steps: -1 }],
    ['base+2', { kind: 'relative', branch: null, symbol: 'base', steps: 2 }],
    ['feature@+1', { kind: 'relative', branch: 'feature', symbol: null, steps: 1 }],
    ['feature@-2', { kind: 'relative', branch: 'feature', symbol: null, steps: -2 }],
    ['feature@head-1', { kind: 'relative', branch: 'feature', symbol: 'head', steps: -1 }],
    ['feature@base+3', { kind: 'relative', branch: 'feature', symbol: 'base', steps: 3 }],
  ])('%s', (text, expected) => expect(parseRevisionIdentifier(text)).toEqual(expected));

  it.each(['', 'a:b', 'feature@'])('rejects %j', (text) => {
    expect(() => parseRevisionIdentifier(text)).toThrow(
      expect.objectContaining({ code: 'BAD_REVISION_IDENTIFIER' }),
    );
  });

  it('matches relative forms exactly (no trailing text)', () => {
    expect(matchRelative('ae10+2')).toEqual({
      branch: null,
      symbol: 'ae10',
      relative: '+2',
      steps: 2,
    });
    expect(matchRelative('ae10+2x')).toBeNull();
    expect(matchRelative('ae10')).toBeNull();
  });

  it.each([
    ['ae10:head', { lower: 'ae10', upper: 'head' }],
    ['ae10:', { lower: 'ae10', upper: null }],
    [':head', { lower: null, upper: 'head' }],
    ['-3:current', { lower: '-3', upper: 'current' }],
    [' base : heads ', { lower: 'base', upper: 'heads' }],
  ])('range %j', (text, expected) => expect(parseRevisionRange(text)).toEqual(expected));

  it.each(['ae10', 'a:b:c'])('rejects range %j', (text) => {
    expect(() => parseRevisionRange(text)).toThrow(
      expect.objectContaining({
        code: 'BAD_REVISION_RANGE',
        hint: expect.stringContaining('[start]:[end]'),
      }),
    );
  });
});
