import { planDowngrade, planUpgrade } from '../../src/graph/plan-migration';
import { graphOf, planAndRun } from './graph-fixtures';

// Alembic test_version_traversal.py BranchedPathTest: a -> b -> (c1 -> d1) | (c2 -> d2)
const g = graphOf([
  ['a'],
  ['b', 'a'],
  ['c1', 'b', { labels: 'c1branch' }],
  ['d1', 'c1'],
  ['c2', 'b', { labels: 'c2branch' }],
  ['d2', 'c2'],
]);
const up = (target: string, source: string[]) => planAndRun(g, planUpgrade, target, source);
const down = (target: string, source: string[]) => planAndRun(g, planDowngrade, target, source);

describe('planning on a branched history', () => {
  it('upgrade head is MULTIPLE_HEADS, naming the heads', () => {
    expect(() => planUpgrade(g, ['b'], 'head')).toThrow(
      expect.objectContaining({
        code: 'MULTIPLE_HEADS',
        message: expect.stringContaining('d1, d2'),
        hint: expect.stringContaining('retort heads'),
      }),
    );
  });

  it('upgrade heads upgrades every branch', () => {
    expect(up('heads', ['a'])).toEqual({
      steps: ['+b', '+c2', '+d2', '+c1', '+d1'],
      heads: ['d1', 'd2'],
    });
  });

  it('upgrades one branch', () => {
    expect(up('d1', ['b'])).toEqual({ steps: ['+c1', '+d1'], heads: ['d1'] });
    expect(up('c2branch@head', ['b'])).toEqual({ steps: ['+c2', '+d2'], heads: ['d2'] });
  });

  it('upgrades from one head to several, inserting a row for the second branch', () => {
    expect(up('d1', ['a']).steps).toEqual(['+b', '+c1', '+d1']);
    const plan = planAndRun(g, (graph, heads) => planUpgrade(graph, heads, 'heads'), 'heads', [
      'a',
    ]);
    expect(plan).toEqual({ steps: ['+b', '+c2', '+d2', '+c1', '+d1'], heads: ['d1', 'd2'] });
  });

  it('downgrades several branches to a common ancestor', () => {
    expect(down('a', ['d1', 'd2'])).toEqual({
      steps: ['-d1', '-c1', '-d2', '-c2', '-b'],
      heads: ['a'],
    });
  });

  it('downgrades base from several heads', () => {
    expect(down('base', ['d1', 'd2'])).toEqual({
      steps: ['-d1', '-c1', '-d2', '-c2', '-b', '-a'],
      heads: [],
    });
  });

  it('relative upgrades along a branch', () => {
    expect(up('c2branch@head-1', ['b'])).toEqual({ steps: ['+c2'], heads: ['c2'] });
    expect(up('c2branch@+1', ['c1'])).toEqual({ steps: ['+c2'], heads: ['c1', 'c2'] });
    expect(up('c2branch@+1', ['c1', 'c2'])).toEqual({ steps: ['+d2'], heads: ['c1', 'd2'] });
  });

  it('+1 from several heads is ambiguous', () => {
    expect(() => planUpgrade(g, ['c1', 'c2'], '+1')).toThrow(
      expect.objectContaining({
        code: 'AMBIGUOUS_UPGRADE',
        message: 'Ambiguous upgrade from multiple current revisions.',
      }),
    );
  });

  it('base+N and branch@base+N', () => {
    expect(down('base+2', ['d2', 'd1'])).toEqual({
      steps: ['-d1', '-c1', '-d2', '-c2'],
      heads: ['b'],
    });
    expect(down('c2branch@base+2', ['d2', 'd1'])).toEqual({ steps: ['-d2', '-c2'], heads: ['d1'] });
    expect(down('c2branch@base+3', ['d2', 'd1'])).toEqual({ steps: ['-d2'], heads: ['c2', 'd1'] });
    expect(down('c2', ['d2', 'd1'])).toEqual({ steps: ['-d2'], heads: ['c2', 'd1'] });
  });

  it('-1 from several heads is refused (Alembic only warns and uses the first row)', () => {
    expect(() => planDowngrade(g, ['d2', 'd1'], '-1')).toThrow(
      expect.objectContaining({
        code: 'AMBIGUOUS_DOWNGRADE',
        hint: expect.stringContaining('d2-1'),
      }),
    );
  });

  it('branch@-1 and rev-1 pick the branch', () => {
    expect(down('c1branch@-1', ['d1', 'd2'])).toEqual({ steps: ['-d1'], heads: ['c1', 'd2'] });
    expect(down('d2-1', ['d2', 'c1'])).toEqual({ steps: ['-d2'], heads: ['c1', 'c2'] });
    expect(down('d2-1', ['c1', 'd2'])).toEqual({ steps: ['-d2'], heads: ['c1', 'c2'] });
    expect(down('c1branch@head-1', ['d1', 'd2'])).toEqual({ steps: ['-d1'], heads: ['c1', 'd2'] });
  });

  it('branch@rev downgrades only that branch, deleting its row', () => {
    expect(down('c1branch@b', ['c1', 'd2'])).toEqual({ steps: ['-c1'], heads: ['d2'] });
    expect(down('c2branch@b', ['c1', 'd2'])).toEqual({ steps: ['-d2', '-c2'], heads: ['c1'] });
    expect(down('c2@b', ['d1', 'd2'])).toEqual({ steps: ['-d2', '-c2'], heads: ['d1'] });
    expect(down('d1@b', ['d1', 'd2'])).toEqual({ steps: ['-d1', '-c1'], heads: ['d2'] });
  });

  it('does nothing when the target is already applied on a branch', () => {
    expect(down('c2', ['d1', 'c2'])).toEqual({ steps: [], heads: ['c2', 'd1'] });
    expect(down('d1', ['d1', 'c2'])).toEqual({ steps: [], heads: ['c2', 'd1'] });
  });
});

describe('branch from a merge point (Alembic BranchFromMergepointTest)', () => {
  const m = graphOf([
    ['a1'],
    ['b1', 'a1'],
    ['c1', 'b1'],
    ['a2'],
    ['b2', 'a2'],
    ['c2', 'b2'],
    ['d1', ['c1', 'c2']],
    ['d2', 'c2'],
  ]);
  it('upgrades one side of the merge', () =>
    expect(planAndRun(m, planUpgrade, 'd1', ['d2', 'b1'])).toEqual({
      steps: ['+c1', '+d1'],
      heads: ['d1', 'd2'],
    }));
  it('downgrades one side of the merge', () =>
    expect(planAndRun(m, planDowngrade, 'b1', ['d2', 'd1'])).toEqual({
      steps: ['-d1', '-c1'],
      heads: ['b1', 'd2'],
    }));
});

describe('branch from a three-way merge point (Alembic BranchFrom3WayMergepointTest)', () => {
  const m = graphOf([
    ['a1'],
    ['b1', 'a1'],
    ['c1', 'b1'],
    ['a2'],
    ['b2', 'a2'],
    ['c2', 'b2'],
    ['a3'],
    ['b3', 'a3'],
    ['c3', 'b3'],
    ['d1', ['c1', 'c2', 'c3']],
    ['d2', 'c2'],
    ['d3', 'c3'],
  ]);
  it('upgrades one side', () =>
    expect(planAndRun(m, planUpgrade, 'd1', ['d3', 'd2', 'b1'])).toEqual({
      steps: ['+c1', '+d1'],
      heads: ['d1', 'd2', 'd3'],
    }));
  it('downgrades one side', () =>
    expect(planAndRun(m, planDowngrade, 'b1', ['d3', 'd2', 'd1'])).toEqual({
      steps: ['-d1', '-c1'],
      heads: ['b1', 'd2', 'd3'],
    }));
  it('merges two sides, then breaks out again', () => {
    expect(planAndRun(m, planUpgrade, 'd1', ['d3', 'b2', 'b1'])).toEqual({
      steps: ['+c2', '+c1', '+d1'],
      heads: ['d1', 'd3'],
    });
    expect(planAndRun(m, planUpgrade, 'd2', ['d3', 'd1'])).toEqual({
      steps: ['+d2'],
      heads: ['d1', 'd2', 'd3'],
    });
  });
});
