import { RevisionGraph } from '../../src/graph/revision-graph';
import { graphOf, header, type RevisionRow, sorted } from './graph-fixtures';

const expectGraphError = (rows: readonly RevisionRow[], code: string, ...parts: string[]) => {
  let caught: unknown;
  try {
    graphOf(rows);
  } catch (error) {
    caught = error;
  }
  expect(caught).toMatchObject({ code });
  for (const part of parts) expect((caught as Error).message).toContain(part);
};

describe('RevisionGraph', () => {
  it('finds heads and bases in file order', () => {
    const g = graphOf([['a'], ['b', 'a'], ['c1', 'b'], ['c2', 'b'], ['x'], ['y', 'x']]);
    expect(g.heads).toEqual(['c1', 'c2', 'y']);
    expect(g.bases).toEqual(['a', 'x']);
    expect(g.size).toBe(6);
    expect(g.get('b')).toMatchObject({ isBranchPoint: true, isHead: false, isBase: false });
    expect(sorted(g.get('b')?.nextRevisions ?? [])).toEqual(['c1', 'c2']);
  });

  it('tells heads from heads nothing depends on', () => {
    const g = graphOf([['a'], ['b', 'a'], ['x'], ['y', 'x', { dependsOn: 'b' }]]);
    expect(g.heads).toEqual(['b', 'y']);
    expect(g.realHeads).toEqual(['y']);
    expect(g.realBases).toEqual(['a', 'x']);
    expect(g.get('y')?.dependencies).toEqual(['b']);
  });

  it('resolves dependsOn given as a label or a unique prefix', () => {
    const g = RevisionGraph.fromHeaders([
      header('aaaa11112222', { labels: 'lib' }),
      header('bbbb33334444', { down: 'aaaa11112222' }),
      header('cccc55556666', { dependsOn: ['lib', 'bbbb3'] }),
    ]);
    expect(g.get('cccc55556666')?.dependencies).toEqual(['aaaa11112222', 'bbbb33334444']);
    // normalization only drops what an ancestor (along downRevision) already depends on
    expect(g.get('cccc55556666')?.normalizedDownRevisions).toEqual([
      'aaaa11112222',
      'bbbb33334444',
    ]);
  });

  it('spreads a branch label to descendants and down to the branch point', () => {
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
    expect(sorted(g.get('f')?.branchLabels ?? [])).toEqual(['ebranch']);
    expect(sorted(g.get('d')?.branchLabels ?? [])).toEqual(['ebranch']);
    expect(sorted(g.get('c')?.branchLabels ?? [])).toEqual(['abranch']);
  });

  it('stops spreading a label downwards at a branch point', () => {
    const g = graphOf([
      ['a'],
      ['b', 'a'],
      ['c1', 'b', { labels: 'c1branch' }],
      ['d1', 'c1'],
      ['c2', 'b', { labels: 'c2branch' }],
      ['d2', 'c2'],
    ]);
    expect([...(g.get('d1')?.branchLabels ?? [])]).toEqual(['c1branch']);
    expect([...(g.get('b')?.branchLabels ?? [])]).toEqual([]);
  });

  it('rejects a duplicate revision, naming both files', () =>
    expectGraphError(
      [['a'], ['a']],
      'DUPLICATE_REVISION',
      'versions/a.ts',
      'in versions/a.ts and in versions/a.ts',
    ));

  it('rejects a duplicate branch label', () =>
    expectGraphError(
      [
        ['a'],
        ['b', 'a'],
        ['c', 'b', { labels: ['xy1'] }],
        ['d'],
        ['e', 'd', { labels: ['xy1'] }],
        ['f', 'e'],
      ],
      'DUPLICATE_BRANCH_LABEL',
      "Branch name 'xy1' in revision e (versions/e.ts) already used by revision c (versions/c.ts)",
    ));

  it('rejects a missing down revision, naming the file', () =>
    expectGraphError(
      [['a'], ['b', 'zzz']],
      'MISSING_REVISION',
      'Revision zzz referenced from b (downRevision in versions/b.ts) is not present',
    ));

  it('rejects a missing dependency', () =>
    expectGraphError(
      [['a'], ['b', 'a', { dependsOn: 'nope' }]],
      'MISSING_REVISION',
      'dependsOn in versions/b.ts',
    ));

  it.each([
    [[['a', 'a']], 'Self-loop is detected in revisions (a)'],
    [[['a'], ['b', 'a'], ['c', ['b', 'c']]], 'Self-loop is detected in revisions (c)'],
    [[['a', null, { dependsOn: 'a' }]], 'Dependency self-loop is detected in revisions (a)'],
    [
      [
        ['a', 'c'],
        ['b', 'a'],
        ['c', 'b'],
      ],
      'Cycle is detected in revisions (a, b, c)',
    ],
    [
      [['a', 'c'], ['b', 'a'], ['c', 'b'], ['d'], ['e', 'd']],
      'Cycle is detected in revisions (a, b, c)',
    ],
    [
      [
        ['a', 'c'],
        ['b', 'a'],
        ['c', 'b'],
        ['d', 'c'],
        ['e', 'd'],
      ],
      'Cycle is detected in revisions (a, b, c, d, e)',
    ],
    [
      [['a'], ['b', 'a'], ['c', ['b', 'e']], ['d', 'c'], ['e', 'd']],
      'Cycle is detected in revisions (a, b, c, d, e)',
    ],
    [
      [
        ['a', null, { dependsOn: 'c' }],
        ['b', 'a'],
        ['c', 'b'],
      ],
      'Dependency cycle is detected in revisions (a, b, c)',
    ],
    [
      [['a', null, { dependsOn: 'c' }], ['b', 'a'], ['c', 'b'], ['d'], ['e', 'd']],
      'Dependency cycle is detected in revisions (a, b, c)',
    ],
    [
      [['a'], ['b', 'a'], ['c', 'b', { dependsOn: 'e' }], ['d', 'c'], ['e', 'd']],
      'Dependency cycle is detected in revisions (a, b, c, d, e)',
    ],
  ] as [RevisionRow[], string][])('detects cycles: %j', (rows, message) => {
    expectGraphError(rows, 'REVISION_CYCLE', message, 'versions/');
  });
});
