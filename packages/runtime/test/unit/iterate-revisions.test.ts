import type { RevisionArg } from '../../src/graph/revision-errors';
import type { RevisionGraph } from '../../src/graph/revision-graph';
import { iterateRevisions } from '../../src/graph/iterate-revisions';
import { graphOf, ids } from './graph-fixtures';

/** Alembic's DownIterateTest._assert_iteration (inclusive by default). */
function iteration(
  graph: RevisionGraph,
  upper: RevisionArg,
  lower: RevisionArg,
  options: { inclusive?: boolean; implicitBase?: boolean; selectForDowngrade?: boolean } = {},
): string[] {
  const result = ids(iterateRevisions(graph, upper, lower, { inclusive: true, ...options }));
  // every revision comes before its (normalized) down revisions
  const position = new Map(result.map((id, index) => [id, index]));
  for (const id of result) {
    for (const down of graph.get(id)?.normalizedDownRevisions ?? []) {
      if (position.has(down))
        expect(position.get(down)).toBeGreaterThan(position.get(id) as number);
    }
  }
  return result;
}

describe('iterateRevisions (Alembic test_revision.py)', () => {
  it('diamond', () => {
    const g = graphOf([['a'], ['b1', 'a'], ['b2', 'a'], ['c', ['b1', 'b2']], ['d', 'c']]);
    expect(iteration(g, 'd', 'a')).toEqual(['d', 'c', 'b1', 'b2', 'a']);
  });

  it('empty map', () => {
    expect(iteration(graphOf([]), 'head', 'base')).toEqual([]);
  });

  it('tolerates duplicate targets', () => {
    const g = graphOf([['a'], ['b', 'a'], ['c', 'b']]);
    expect(iteration(g, ['c', 'c'], 'a', { inclusive: false })).toEqual(['c', 'b']);
  });

  it('long/short branch', () => {
    const g = graphOf([
      ['a'],
      ['b1', 'a'],
      ['b2', 'a'],
      ['c1', 'b1'],
      ['d11', 'c1'],
      ['d12', 'c1'],
    ]);
    expect(iteration(g, 'heads', 'base')).toEqual(['b2', 'd11', 'd12', 'c1', 'b1', 'a']);
  });

  describe('multiple branches', () => {
    const g = graphOf([
      ['a'],
      ['b1', 'a'],
      ['b2', 'a'],
      ['cb1', 'b1'],
      ['cb2', 'b2'],
      ['d1cb1', 'cb1'],
      ['d2cb1', 'cb1'],
      ['d1cb2', 'cb2'],
      ['d2cb2', 'cb2'],
      ['d3cb2', 'cb2'],
      ['d1d2cb2', ['d1cb2', 'd2cb2']],
    ]);
    it('from a merge point', () =>
      expect(iteration(g, 'd1d2cb2', 'a')).toEqual([
        'd1d2cb2',
        'd1cb2',
        'd2cb2',
        'cb2',
        'b2',
        'a',
      ]));
    it('multiple heads', () =>
      expect(iteration(g, ['d2cb2', 'd3cb2'], 'a')).toEqual(['d2cb2', 'd3cb2', 'cb2', 'b2', 'a']));
    it('single branch', () =>
      expect(iteration(g, 'd3cb2', 'a')).toEqual(['d3cb2', 'cb2', 'b2', 'a']));
    it('single branch to base', () =>
      expect(iteration(g, 'd3cb2', 'base')).toEqual(['d3cb2', 'cb2', 'b2', 'a']));
    it('multiple branches to base', () =>
      expect(iteration(g, ['d3cb2', 'cb1'], 'base')).toEqual([
        'cb1',
        'b1',
        'd3cb2',
        'cb2',
        'b2',
        'a',
      ]));
    it('multiple heads, single base (unrelated head omitted)', () =>
      expect(iteration(g, ['d1cb1', 'd2cb2', 'd3cb2'], 'b2')).toEqual([
        'd2cb2',
        'd3cb2',
        'cb2',
        'b2',
      ]));
    it.each([
      ['b1', 'd1cb1', 'Revision d1cb1 is not an ancestor of revision b1'],
      ['d2cb2', 'b1', 'Revision b1 is not an ancestor of revision d2cb2'],
      [null, 'd1cb1', 'Revision d1cb1 is not an ancestor of revision base'],
      [[], 'd1cb1', 'Revision d1cb1 is not an ancestor of revision base'],
    ] as [RevisionArg, string, string][])(
      '%j over %j is RANGE_NOT_ANCESTOR',
      (upper, lower, message) => {
        expect(() => iterateRevisions(g, upper, lower)).toThrow(
          expect.objectContaining({ code: 'RANGE_NOT_ANCESTOR', message: `${message}.` }),
        );
      },
    );
  });

  describe('effective head (dependencies)', () => {
    const g = graphOf([
      ['y1', null, { labels: 'y' }],
      ['x1', null, { labels: 'x' }],
      ['y2', 'y1', { dependsOn: 'x1' }],
      ['x2', 'x1'],
    ]);
    const down = { inclusive: false, selectForDowngrade: true };
    it('other downgrade', () => expect(iteration(g, ['x2', 'y2'], 'x@-1', down)).toEqual(['x2']));
    it('uses all current', () =>
      expect(iteration(g, ['x1', 'y2'], 'x@-1', down)).toEqual(['y2', 'x1']));
    it('effective head', () => expect(iteration(g, 'y2', 'x@-1', down)).toEqual(['y2', 'x1']));
  });

  describe('branch travelling', () => {
    const g = graphOf([
      ['a1'],
      ['a2', 'a1'],
      ['a3', 'a2'],
      ['b1', 'a3'],
      ['b2', 'a3'],
      ['cb1', 'b1'],
      ['cb2', 'b2'],
      ['db1', 'cb1'],
      ['db2', 'cb2'],
      ['e1b1', 'db1'],
      ['fe1b1', 'e1b1'],
      ['e2b1', 'db1'],
      ['e2b2', 'db2'],
      ['merge', ['e2b1', 'e2b2']],
    ]);
    it('one branch to merge, implicit base', () =>
      expect(iteration(g, 'merge', 'db1', { implicitBase: true })).toEqual([
        'merge',
        'e2b1',
        'db1',
        'e2b2',
        'db2',
        'cb2',
        'b2',
      ]));
    it('three branches end in a single branch', () =>
      expect(iteration(g, ['merge', 'fe1b1'], 'a3')).toEqual([
        'fe1b1',
        'e1b1',
        'merge',
        'e2b1',
        'db1',
        'cb1',
        'b1',
        'e2b2',
        'db2',
        'cb2',
        'b2',
        'a3',
      ]));
    it('two branches to root', () =>
      expect(iteration(g, 'merge', 'a1')).toEqual([
        'merge',
        'e2b1',
        'db1',
        'cb1',
        'b1',
        'e2b2',
        'db2',
        'cb2',
        'b2',
        'a3',
        'a2',
        'a1',
      ]));
    it('two branches end in branch', () =>
      expect(iteration(g, 'merge', 'b1')).toEqual(['merge', 'e2b1', 'db1', 'cb1', 'b1']));
    it('three branches to root', () =>
      expect(iteration(g, ['merge', 'fe1b1'], 'a1')).toEqual([
        'fe1b1',
        'e1b1',
        'merge',
        'e2b1',
        'db1',
        'cb1',
        'b1',
        'e2b2',
        'db2',
        'cb2',
        'b2',
        'a3',
        'a2',
        'a1',
      ]));
    it('multiple bases', () =>
      expect(iteration(g, ['merge', 'fe1b1'], ['cb1', 'cb2'])).toEqual([
        'fe1b1',
        'e1b1',
        'merge',
        'e2b1',
        'db1',
        'cb1',
        'e2b2',
        'db2',
        'cb2',
      ]));
    it('multiple bases, exclusive', () =>
      expect(iteration(g, ['merge', 'fe1b1'], ['cb1', 'cb2'], { inclusive: false })).toEqual([
        'fe1b1',
        'e1b1',
        'merge',
        'e2b1',
        'db1',
        'e2b2',
        'db2',
      ]));
    it('overlapping targets are an error', () =>
      expect(() => iterateRevisions(g, ['db1', 'b2', 'fe1b1'], [])).toThrow(
        expect.objectContaining({
          code: 'OVERLAPPING_REVISIONS',
          message: expect.stringContaining('Requested revision fe1b1 overlaps'),
        }),
      ));
    it('exclusive, blank lower', () =>
      expect(iteration(g, ['e2b1', 'b2', 'fe1b1'], [], { inclusive: false })).toEqual([
        'b2',
        'fe1b1',
        'e1b1',
        'e2b1',
        'db1',
        'cb1',
        'b1',
        'a3',
        'a2',
        'a1',
      ]));
    it('to symbolic base', () =>
      expect(iteration(g, ['fe1b1'], 'base', { inclusive: false })).toEqual([
        'fe1b1',
        'e1b1',
        'db1',
        'cb1',
        'b1',
        'a3',
        'a2',
        'a1',
      ]));
  });

  describe('multiple bases', () => {
    const g = graphOf([
      ['base1'],
      ['base2'],
      ['base3'],
      ['a1a', 'base1'],
      ['a1b', 'base1'],
      ['a2', 'base2'],
      ['a3', 'base3'],
      ['b1a', 'a1a'],
      ['b1b', 'a1b'],
      ['b2', 'a2'],
      ['b3', 'a3'],
      ['c2', 'b2'],
      ['d2', 'c2'],
      ['mergeb3d2', ['b3', 'd2']],
    ]);
    const all = [
      'b1a',
      'a1a',
      'b1b',
      'a1b',
      'base1',
      'mergeb3d2',
      'b3',
      'a3',
      'base3',
      'd2',
      'c2',
      'b2',
      'a2',
      'base2',
    ];
    it('heads to base', () => expect(iteration(g, 'heads', 'base')).toEqual(all));
    it('heads to base, exclusive', () =>
      expect(iteration(g, 'heads', 'base', { inclusive: false })).toEqual(all));
    it('heads to nothing', () => expect(iteration(g, 'heads', null)).toEqual(all));
    it('overlapping lower revisions', () =>
      expect(() => iterateRevisions(g, ['c2'], ['a2', 'b2'])).toThrow(
        expect.objectContaining({ code: 'OVERLAPPING_REVISIONS' }),
      ));
    it('heads to revs plus implicit base, exclusive', () =>
      expect(iteration(g, 'heads', ['c2'], { inclusive: false, implicitBase: true })).toEqual([
        'b1a',
        'a1a',
        'b1b',
        'a1b',
        'base1',
        'mergeb3d2',
        'b3',
        'a3',
        'base3',
        'd2',
      ]));
    it('heads to revs, exclusive', () =>
      expect(iteration(g, 'heads', ['c2'], { inclusive: false })).toEqual(['mergeb3d2', 'd2']));
    it('heads to revs plus implicit base, inclusive', () =>
      expect(iteration(g, 'heads', ['c2'], { implicitBase: true })).toEqual([
        'b1a',
        'a1a',
        'b1b',
        'a1b',
        'base1',
        'mergeb3d2',
        'b3',
        'a3',
        'base3',
        'd2',
        'c2',
      ]));
    it('specific path', () => expect(iteration(g, 'b3', 'base3')).toEqual(['b3', 'a3', 'base3']));
    it('specific path, implicit base', () =>
      expect(iteration(g, ['b3', 'b2'], 'base3', { inclusive: false, implicitBase: true })).toEqual(
        ['b2', 'a2', 'base2', 'b3', 'a3'],
      ));
  });

  describe('multiple bases with cross dependencies (one)', () => {
    const g = graphOf([
      ['base1', null, { labels: 'b_1' }],
      ['a1a', 'base1'],
      ['a1b', 'base1'],
      ['b1a', 'a1a'],
      ['b1b', 'a1b', { dependsOn: 'a3' }],
      ['base2', null, { labels: 'b_2' }],
      ['a2', 'base2'],
      ['b2', 'a2'],
      ['c2', 'b2', { dependsOn: 'a3' }],
      ['d2', 'c2'],
      ['base3', null, { labels: 'b_3' }],
      ['a3', 'base3'],
      ['b3', 'a3'],
    ]);
    const all = [
      'b1a',
      'a1a',
      'b1b',
      'a1b',
      'base1',
      'd2',
      'c2',
      'b2',
      'a2',
      'base2',
      'b3',
      'a3',
      'base3',
    ];
    const down = { selectForDowngrade: true };
    it('heads', () => expect(g.heads).toEqual(['b1a', 'b1b', 'd2', 'b3']));
    it('heads to base', () => expect(iteration(g, 'heads', 'base')).toEqual(all));
    it('heads to base, downgrade', () => expect(iteration(g, 'heads', 'base', down)).toEqual(all));
    it('same branch wrong direction', () =>
      expect(() => iterateRevisions(g, 'b2', 'd2')).toThrow(
        expect.objectContaining({ message: 'Revision d2 is not an ancestor of revision b2.' }),
      ));
    it('different branch', () =>
      expect(() => iterateRevisions(g, 'b3', 'd2')).toThrow(
        expect.objectContaining({ message: 'Revision d2 is not an ancestor of revision b3.' }),
      ));
    it('head2 upgrade needs branch 3', () =>
      expect(iteration(g, 'b_2@head', 'base')).toEqual([
        'd2',
        'c2',
        'b2',
        'a2',
        'base2',
        'a3',
        'base3',
      ]));
    it('head2 downgrade does not', () =>
      expect(iteration(g, 'b_2@head', 'b_2@base', down)).toEqual([
        'd2',
        'c2',
        'b2',
        'a2',
        'base2',
      ]));
    it('head3 upgrade', () =>
      expect(iteration(g, 'b_3@head', 'base')).toEqual(['b3', 'a3', 'base3']));
    it('head3 downgrade', () =>
      expect(iteration(g, 'b_3@head', 'base', down)).toEqual(['b3', 'a3', 'base3']));
    it('head1 upgrade', () =>
      expect(iteration(g, 'b1b@head', 'base')).toEqual(['b1b', 'a1b', 'base1', 'a3', 'base3']));
    it('head1 downgrade', () =>
      expect(iteration(g, 'b1b@head', 'b1b@base', down)).toEqual(['b1b', 'a1b', 'base1']));
    it('base2 upgrade', () =>
      expect(iteration(g, 'heads', 'b_2@base')).toEqual([
        'd2',
        'c2',
        'b2',
        'a2',
        'base2',
        'a3',
        'base3',
      ]));
    it('base2 downgrade', () =>
      expect(iteration(g, 'heads', 'b_2@base', down)).toEqual(['d2', 'c2', 'b2', 'a2', 'base2']));
    it('base3 upgrade', () =>
      expect(iteration(g, 'heads', 'b_3@base')).toEqual(['b3', 'a3', 'base3']));
    it('base3 downgrade takes its dependents', () =>
      expect(iteration(g, 'heads', 'b_3@base', down)).toEqual([
        'b1b',
        'd2',
        'c2',
        'b3',
        'a3',
        'base3',
      ]));
  });

  describe('multiple bases with cross dependencies (two)', () => {
    const g = graphOf([
      ['base1', null, { labels: 'b_1' }],
      ['a1', 'base1'],
      ['b1', 'a1'],
      ['c1', 'b1'],
      ['base2', null, { dependsOn: 'b_1', labels: 'b_2' }],
      ['a2', 'base2'],
      ['b2', 'a2'],
      ['c2', 'b2'],
      ['d2', 'c2'],
      ['base3', null, { labels: 'b_3' }],
      ['a3', 'base3'],
      ['b3', 'a3'],
      ['c3', 'b3', { dependsOn: 'b2' }],
      ['d3', 'c3'],
    ]);
    it('heads', () => expect(g.heads).toEqual(['c1', 'd2', 'd3']));
    it('heads to base', () =>
      expect(iteration(g, 'heads', 'base')).toEqual([
        'c1',
        'b1',
        'a1',
        'd2',
        'c2',
        'd3',
        'c3',
        'b3',
        'a3',
        'base3',
        'b2',
        'a2',
        'base2',
        'base1',
      ]));
    it('head2', () =>
      expect(iteration(g, 'b_2@head', 'base')).toEqual(['d2', 'c2', 'b2', 'a2', 'base2', 'base1']));
    it('head3', () =>
      expect(iteration(g, 'b_3@head', 'base')).toEqual([
        'd3',
        'c3',
        'b3',
        'a3',
        'base3',
        'b2',
        'a2',
        'base2',
        'base1',
      ]));
    it('head1', () =>
      expect(iteration(g, 'b_1@head', 'base')).toEqual(['c1', 'b1', 'a1', 'base1']));
    it('base1', () =>
      expect(iteration(g, 'heads', 'b_1@base')).toEqual(['c1', 'b1', 'a1', 'base1']));
    it('base2', () =>
      expect(iteration(g, 'heads', 'b_2@base')).toEqual([
        'd2',
        'c2',
        'b2',
        'a2',
        'base2',
        'base1',
      ]));
    it('base3', () =>
      expect(iteration(g, 'heads', 'b_3@base')).toEqual([
        'd3',
        'c3',
        'b3',
        'a3',
        'base3',
        'b2',
        'a2',
        'base2',
        'base1',
      ]));
  });

  it('a base whose only parent is a dependency', () => {
    const g = graphOf([
      ['base1'],
      ['a1', 'base1'],
      ['b1', 'a1'],
      ['c2', null, { dependsOn: 'a1' }],
      ['c3', 'c2'],
    ]);
    expect(iteration(g, 'heads', 'base')).toEqual(['b1', 'c3', 'c2', 'a1', 'base1']);
  });

  it('overlapping names and dependencies on the down revision', () => {
    const g = graphOf([['user_foo'], ['user', 'user_foo', { dependsOn: 'user_foo' }]]);
    expect(iteration(g, 'heads', null)).toEqual(['user', 'user_foo']);
    const h = graphOf([['user_foo'], ['user', null, { dependsOn: 'user_foo' }]]);
    expect(iteration(h, 'heads', null)).toEqual(['user', 'user_foo']);
  });

  describe('normalized down revisions', () => {
    const g = graphOf([
      ['a1'],
      ['a2', 'a1'],
      ['a3', 'a2'],
      ['b1'],
      ['b2', 'b1', { dependsOn: 'a3' }],
      ['b3', 'b2'],
      ['b4', 'b3', { dependsOn: 'a3' }],
      ['b5', 'b4', { dependsOn: 'b4' }],
    ]);
    const down = { selectForDowngrade: true };
    it('drops dependencies an ancestor already has', () => {
      expect(g.get('b4')?.normalizedDownRevisions).toEqual(['b3']);
      expect(g.get('b5')?.normalizedDownRevisions).toEqual(['b4']);
    });
    it('branch traversal', () =>
      expect(iteration(g, 'b4', 'b1@base', down)).toEqual(['b4', 'b3', 'b2', 'b1']));
    it('all traversal', () =>
      expect(iteration(g, 'heads', 'base', down)).toEqual([
        'b5',
        'b4',
        'b3',
        'b2',
        'b1',
        'a3',
        'a2',
        'a1',
      ]));
    it('partial traversal', () =>
      expect(iteration(g, 'heads', 'a2', down)).toEqual(['b5', 'b4', 'b3', 'b2', 'a3', 'a2']));
    it('partial traversal, implicit base', () =>
      expect(iteration(g, 'heads', 'a2', { ...down, implicitBase: true })).toEqual([
        'b5',
        'b4',
        'b3',
        'b2',
        'b1',
        'a3',
        'a2',
      ]));
    it('upgrade, implicit base', () =>
      expect(iteration(g, 'b5', ['b1'], { implicitBase: true })).toEqual([
        'b5',
        'b4',
        'b3',
        'b2',
        'b1',
        'a3',
        'a2',
        'a1',
      ]));
    it('upgrade, implicit base, deeper dependencies', () => {
      const h = graphOf([
        ['c1'],
        ['a1'],
        ['a2', 'a1', { dependsOn: 'c1' }],
        ['a3', 'a2', { dependsOn: 'c1' }],
        ['b1'],
        ['b2', 'b1', { dependsOn: 'a3' }],
        ['b3', 'b2'],
        ['b4', 'b3', { dependsOn: 'a3' }],
        ['b5', 'b4'],
      ]);
      expect(iteration(h, 'b5', ['b1'], { implicitBase: true })).toEqual([
        'b5',
        'b4',
        'b3',
        'b2',
        'b1',
        'a3',
        'a2',
        'a1',
        'c1',
      ]);
    });
  });
});
