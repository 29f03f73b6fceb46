import { planStamp } from '../../src/graph/plan-stamp';
import { graphOf, runSteps } from './graph-fixtures';

describe('planStamp on branches (Alembic BranchedPathTest)', () => {
  const g = graphOf([
    ['a'],
    ['b', 'a'],
    ['c1', 'b', { labels: 'c1branch' }],
    ['d1', 'c1'],
    ['c2', 'b', { labels: 'c2branch' }],
    ['d2', 'c2'],
  ]);
  it('stamps down across several branches to the branch point: delete d1, update c2 to b', () => {
    const steps = planStamp(g, ['d1', 'c2'], ['b']);
    expect(steps).toEqual([
      { kind: 'stamp', from: ['d1', 'c2'], to: ['b'], direction: 'down', branchMove: false },
    ]);
    expect(runSteps(g, ['d1', 'c2'], steps)).toEqual({
      heads: ['b'],
      changes: [
        { kind: 'delete', revision: 'd1' },
        { kind: 'update', from: 'c2', to: 'b' },
      ],
    });
  });
  it('stamps a labelled branch to base: deletes its row only', () => {
    const steps = planStamp(g, ['d1', 'c2'], ['c1branch@base']);
    expect(runSteps(g, ['d1', 'c2'], steps)).toEqual({
      heads: ['c2'],
      changes: [{ kind: 'delete', revision: 'd1' }],
    });
  });
  it('stamps a labelled head: the other branch is unchanged', () => {
    const steps = planStamp(g, ['d1', 'c2'], ['c2branch@head']);
    expect(runSteps(g, ['d1', 'c2'], steps)).toEqual({
      heads: ['d1', 'd2'],
      changes: [{ kind: 'update', from: 'c2', to: 'd2' }],
    });
  });
  it('stamps several heads at once', () => {
    expect(runSteps(g, [], planStamp(g, [], ['d1', 'd2'])).heads).toEqual(['d1', 'd2']);
    expect(runSteps(g, ['d1'], planStamp(g, ['d1'], ['c2'])).changes).toEqual([
      { kind: 'insert', revision: 'c2' },
    ]);
  });
  it('stamps head with several heads is MULTIPLE_HEADS', () => {
    expect(() => planStamp(g, [], ['head'])).toThrow(
      expect.objectContaining({ code: 'MULTIPLE_HEADS' }),
    );
  });
});

describe('planStamp across a merge (Alembic MergedPathTest)', () => {
  const g = graphOf([
    ['a'],
    ['b', 'a'],
    ['c1', 'b'],
    ['d1', 'c1'],
    ['c2', 'b', { labels: 'c2branch' }],
    ['d2', 'c2'],
    ['e', ['d1', 'd2']],
    ['f', 'e'],
  ]);
  const stamp = (heads: string[], targets: string[]) =>
    runSteps(g, heads, planStamp(g, heads, targets)).changes;
  it('down across the merge to one branch', () =>
    expect(stamp(['e'], ['c2'])).toEqual([{ kind: 'update', from: 'e', to: 'c2' }]));
  it('down across the merge before the branching', () =>
    expect(stamp(['e'], ['a'])).toEqual([{ kind: 'update', from: 'e', to: 'a' }]));
  it('up across the merge from one branch', () =>
    expect(stamp(['c2'], ['e'])).toEqual([{ kind: 'update', from: 'c2', to: 'e' }]));
  it('labelled head across the merge from several branches', () =>
    expect(stamp(['d1', 'c2'], ['c2branch@head'])).toEqual([
      { kind: 'delete', revision: 'd1' },
      { kind: 'update', from: 'c2', to: 'f' },
    ]));
  it('up across the merge from several branches', () =>
    expect(stamp(['d1', 'c2'], ['e'])).toEqual([
      { kind: 'delete', revision: 'd1' },
      { kind: 'update', from: 'c2', to: 'e' },
    ]));
  it('up across the merge from before the branching', () =>
    expect(stamp(['b'], ['e'])).toEqual([{ kind: 'update', from: 'b', to: 'e' }]));
});

describe('planStamp on a forest (Alembic ForestTest)', () => {
  const g = graphOf([['a1'], ['b1', 'a1'], ['a2'], ['b2', 'a2']]);
  it('stamps heads from nothing: one new branch per head', () => {
    const steps = planStamp(g, [], ['heads']);
    expect(steps.map((s) => s.to)).toEqual([['b1'], ['b2']]);
    expect(runSteps(g, [], steps).heads).toEqual(['b1', 'b2']);
  });
  it('needs no moves when the heads are there', () =>
    expect(planStamp(g, ['b1', 'b2'], ['heads'])).toEqual([]));
  it('stamps to base by deleting every row', () =>
    expect(runSteps(g, ['b1', 'b2'], planStamp(g, ['b1', 'b2'], []))).toEqual({
      heads: [],
      changes: [
        { kind: 'delete', revision: 'b1' },
        { kind: 'delete', revision: 'b2' },
      ],
    }));
});
