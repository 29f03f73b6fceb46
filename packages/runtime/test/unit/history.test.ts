import { listBranchPoints, listCurrent, listHeads } from '../../src/graph/graph-queries';
import { listHistory, walkRevisions } from '../../src/graph/iterate-revisions';
import { graphOf, ids } from './graph-fixtures';

const g = graphOf([
  ['a', null, { labels: 'abranch' }],
  ['b', 'a'],
  ['somelongername', 'b'],
  ['c', 'somelongername'],
  ['d'],
  ['e', 'd', { labels: ['ebranch'] }],
  ['someothername', 'e'],
  ['f', 'someothername'],
]);

describe('history', () => {
  it('walks everything newest first', () => {
    expect(ids(listHistory(g, null))).toEqual([
      'c',
      'somelongername',
      'b',
      'a',
      'f',
      'someothername',
      'e',
      'd',
    ]);
  });

  it.each([
    ['ebranch@base:heads', ['f', 'someothername', 'e', 'd']],
    ['abranch@base:', ['c', 'somelongername', 'b', 'a']],
    [':ebranch@head', ['f', 'someothername', 'e', 'd']],
    ['ebranch@head:heads', ['f']],
    ['ebranch@d:heads', ['f', 'someothername', 'e', 'd']],
    ['e@base:', ['f', 'someothername', 'e', 'd']],
    ['c@base:', ['c', 'somelongername', 'b', 'a']],
    ['ebranch@-2:', ['f', 'someothername', 'e']],
    [':ebranch@+2', ['e', 'd']],
    ['b:c', ['c', 'somelongername', 'b']],
  ])('-r %s', (range, expected) => expect(ids(listHistory(g, range))).toEqual(expected));

  it('uses the database heads for current', () => {
    expect(ids(listHistory(g, 'base:current', ['somelongername', 'e']))).toEqual([
      'somelongername',
      'b',
      'a',
      'e',
      'd',
    ]);
    expect(ids(listHistory(g, 'current:', ['someothername']))).toEqual(['f', 'someothername']);
    expect(ids(listHistory(g, ':current', []))).toEqual([]);
    expect(() => listHistory(g, 'current:')).toThrow(
      expect.objectContaining({ code: 'CURRENT_NEEDS_DATABASE' }),
    );
  });

  it('walks past the ends without failing (history is lenient)', () => {
    expect(ids(walkRevisions(g, '-10', 'f'))).toEqual(['f', 'someothername', 'e', 'd']);
    expect(ids(walkRevisions(g, 'ebranch@-10', 'heads'))).toEqual(['f', 'someothername', 'e', 'd']);
  });
});

describe('heads, branches, current', () => {
  const b = graphOf([
    ['a'],
    ['b', 'a'],
    ['c1', 'b'],
    ['c2', 'b'],
    ['x'],
    ['y', 'x', { dependsOn: 'c2' }],
  ]);

  it('lists heads, with or without resolving dependencies', () => {
    expect(ids(listHeads(b))).toEqual(['c1', 'c2', 'y']);
    expect(ids(listHeads(b, { resolveDependencies: true }))).toEqual(['c1', 'y']);
  });

  it('lists branch points with their children', () => {
    expect(
      listBranchPoints(b).map(({ revision, children }) => [revision.id, ids(children)]),
    ).toEqual([['b', ['c1', 'c2']]]);
  });

  it('shows what the version table rows imply', () => {
    expect(ids(listCurrent(b, ['y']))).toEqual(['c2', 'y']);
    expect(ids(listCurrent(b, ['c1', 'y']))).toEqual(['c1', 'c2', 'y']);
    expect(ids(listCurrent(b, []))).toEqual([]);
  });

  it('marks merge points, branch points and heads on nodes', () => {
    const m = graphOf([['a'], ['b1', 'a'], ['b2', 'a'], ['c', ['b1', 'b2']]]);
    expect(m.get('a')).toMatchObject({ isBranchPoint: true, isBase: true });
    expect(m.get('c')).toMatchObject({ isMergePoint: true, isHead: true });
  });
});
