import { applyStepToHeads } from '../../src/graph/head-maintainer';
import { planDowngrade, planUpgrade } from '../../src/graph/plan-migration';
import { graphOf, header, planAndRun, runSteps, stepNames } from './graph-fixtures';
import { upStep } from '../../src/graph/migration-step';

// Alembic MergedPathTest: a -> b -> (c1 -> d1) | (c2 -> d2) -> e (merge) -> f
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

describe('planning across a merge point', () => {
  it('upgrades through the merge: insert for the new branch, delete + update at the merge', () => {
    const steps = planUpgrade(g, ['b'], 'f');
    expect(stepNames(steps)).toEqual(['+c2', '+d2', '+c1', '+d1', '+e', '+f']);
    expect(runSteps(g, ['b'], steps)).toEqual({
      heads: ['f'],
      changes: [
        { kind: 'update', from: 'b', to: 'c2' },
        { kind: 'update', from: 'c2', to: 'd2' },
        { kind: 'insert', revision: 'c1' },
        { kind: 'update', from: 'c1', to: 'd1' },
        { kind: 'delete', revision: 'd1' },
        { kind: 'update', from: 'd2', to: 'e' },
        { kind: 'update', from: 'e', to: 'f' },
      ],
    });
  });

  it('downgrades through the merge: update + insert at the merge, delete at the branch point', () => {
    const steps = planDowngrade(g, ['f'], 'b');
    expect(stepNames(steps)).toEqual(['-f', '-e', '-d1', '-c1', '-d2', '-c2']);
    expect(runSteps(g, ['f'], steps)).toEqual({
      heads: ['b'],
      changes: [
        { kind: 'update', from: 'f', to: 'e' },
        { kind: 'insert', revision: 'd1' },
        { kind: 'update', from: 'e', to: 'd2' },
        { kind: 'update', from: 'd1', to: 'c1' },
        { kind: 'delete', revision: 'c1' },
        { kind: 'update', from: 'd2', to: 'c2' },
        { kind: 'update', from: 'c2', to: 'b' },
      ],
    });
  });

  it('upgrade head works again after the merge', () => {
    expect(planAndRun(g, planUpgrade, 'head', ['d1', 'd2'])).toEqual({
      steps: ['+e', '+f'],
      heads: ['f'],
    });
  });
});

describe('twin merges (Alembic TwinMergeTest, #297)', () => {
  const t = graphOf([
    ['a'],
    ['b1', 'a'],
    ['b2', 'a'],
    ['b3', 'a'],
    ['c1', ['b1', 'b2', 'b3']],
    ['c2', ['b1', 'b2', 'b3']],
    ['d1', 'c1'],
    ['d2', 'c2'],
  ]);
  it('keeps the version table right step by step', () => {
    let heads = ['a'];
    const expected: [string, string[]][] = [
      ['b3', ['b3']],
      ['b1', ['b1', 'b3']],
      ['b2', ['b1', 'b2', 'b3']],
      ['c2', ['c2']],
      ['d2', ['d2']],
      ['c1', ['c1', 'd2']],
      ['d1', ['d1', 'd2']],
    ];
    for (const [rev, after] of expected) {
      heads = applyStepToHeads(t, heads, upStep(header(rev))).heads;
      expect([...heads].sort()).toEqual(after);
    }
  });
  it('plans the same way', () => {
    expect(planAndRun(t, planUpgrade, 'heads', ['a']).heads).toEqual(['d1', 'd2']);
  });
});

describe('not quite twin merges (Alembic NotQuiteTwinMergeTest)', () => {
  const t = graphOf([
    ['a'],
    ['b1', 'a'],
    ['b2', 'a'],
    ['b3', 'a'],
    ['c1', ['b1', 'b2']],
    ['c2', ['b2', 'b3']],
    ['d1', 'c1'],
    ['d2', 'c2'],
  ]);
  it('keeps the version table right step by step', () => {
    let heads = ['a'];
    const expected: [string, string[]][] = [
      ['b2', ['b2']],
      ['b3', ['b2', 'b3']],
      ['c2', ['c2']],
      ['d2', ['d2']],
      ['b1', ['b1', 'd2']],
      ['c1', ['c1', 'd2']],
      ['d1', ['d1', 'd2']],
    ];
    for (const [rev, after] of expected) {
      heads = applyStepToHeads(t, heads, upStep(header(rev))).heads;
      expect([...heads].sort()).toEqual(after);
    }
  });
});

describe('forest (Alembic ForestTest)', () => {
  const f = graphOf([['a1'], ['b1', 'a1'], ['a2'], ['b2', 'a2']]);
  it('upgrades every tree from base', () => {
    expect(planAndRun(f, planUpgrade, 'heads', [])).toEqual({
      steps: ['+a2', '+b2', '+a1', '+b1'],
      heads: ['b1', 'b2'],
    });
  });
  it('downgrades every tree to base', () => {
    expect(planAndRun(f, planDowngrade, 'base', ['b1', 'b2'])).toEqual({
      steps: ['-b1', '-a1', '-b2', '-a2'],
      heads: [],
    });
  });
});
