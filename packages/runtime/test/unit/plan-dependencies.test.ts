import { applyStepToHeads } from '../../src/graph/head-maintainer';
import { downStep } from '../../src/graph/migration-step';
import { planDowngrade, planUpgrade } from '../../src/graph/plan-migration';
import { planStamp } from '../../src/graph/plan-stamp';
import { graphOf, header, planAndRun, runSteps, sorted, stepNames } from './graph-fixtures';

describe('dependsOn across branches (Alembic DependsOnBranchTestOne)', () => {
  const g = graphOf([
    ['a1', null, { labels: 'lib1' }],
    ['b1', 'a1'],
    ['c1', 'b1'],
    ['a2'],
    ['b2', 'a2'],
    ['c2', 'b2', { dependsOn: 'c1' }],
    ['d1', 'c1'],
    ['e1', 'd1'],
    ['f1', 'e1'],
  ]);
  it('downgrading to a dependency deletes the row the other head implies', () => {
    expect(applyStepToHeads(g, ['c2', 'd1'], downStep(header('d1')))).toEqual({
      heads: ['c2'],
      changes: [{ kind: 'delete', revision: 'd1' }],
    });
  });
  it('stamps across a dependency', () => {
    expect(runSteps(g, ['e1', 'c2'], planStamp(g, ['e1', 'c2'], ['b1'])).heads).toEqual(['b1']);
  });
  it('upgrades the dependency first', () => {
    expect(planAndRun(g, planUpgrade, 'c2', [])).toEqual({
      steps: ['+a1', '+b1', '+c1', '+a2', '+b2', '+c2'],
      heads: ['c2'],
    });
  });
});

describe('dependencies on several merges (Alembic DependsOnBranchTestTwo "kaboom")', () => {
  const g = graphOf([
    ['a1'],
    ['a2'],
    ['a3'],
    ['amerge', ['a1', 'a2', 'a3']],
    ['b1'],
    ['b2'],
    ['bmerge', ['b1', 'b2']],
    ['c1'],
    ['c2'],
    ['c3'],
    ['cmerge', ['c1', 'c2', 'c3']],
    ['d1', null, { dependsOn: ['a3', 'b2', 'c1'] }],
  ]);
  it('downgrades one merge, keeping the revision implied by d1 implicit', () => {
    expect(planAndRun(g, planDowngrade, 'b2', ['amerge', 'bmerge', 'cmerge', 'd1'])).toEqual({
      steps: ['-bmerge'],
      heads: ['amerge', 'b1', 'cmerge', 'd1'],
    });
  });
  it('downgrading d1 inserts b2 that it implied', () => {
    expect(planAndRun(g, planDowngrade, 'd1@base', ['amerge', 'd1', 'b1', 'cmerge'])).toEqual({
      steps: ['-d1'],
      heads: ['amerge', 'b1', 'b2', 'cmerge'],
    });
  });
  it('downgrades everything to base', () => {
    const { steps, heads } = planAndRun(g, planDowngrade, 'base', ['amerge', 'b1', 'b2', 'cmerge']);
    expect(sorted(steps)).toEqual(
      sorted(['-amerge', '-a1', '-b1', '-b2', '-cmerge', '-c1', '-a2', '-a3', '-c2', '-c3']),
    );
    expect(steps.indexOf('-amerge')).toBeLessThan(steps.indexOf('-a1'));
    expect(heads).toEqual([]);
  });
});

describe('criss-cross dependencies (Alembic DependsOnBranchTestThree, #377)', () => {
  const g = graphOf([
    ['a1'],
    ['a2', 'a1'],
    ['b1'],
    ['b2', 'b1', { dependsOn: 'a2' }],
    ['b3', 'b2'],
    ['a3', 'a2', { dependsOn: 'b1' }],
  ]);
  it('removes half of a merge point', () => {
    expect(planAndRun(g, planDowngrade, 'b1', ['a3', 'b2'])).toEqual({
      steps: ['-b2'],
      heads: ['a3'],
    });
  });
});

describe('dependency on its own down revision (Alembic DependsOnOwnDownrevTest, #843)', () => {
  const g = graphOf([['a1'], ['a2', 'a1', { dependsOn: 'a1' }]]);
  it('traverses up', () =>
    expect(planAndRun(g, planUpgrade, 'a2', [])).toEqual({ steps: ['+a1', '+a2'], heads: ['a2'] }));
  it('traverses down', () =>
    expect(planAndRun(g, planDowngrade, 'a1', ['a2'])).toEqual({ steps: ['-a2'], heads: ['a1'] }));
});

describe('normalized dependencies (Alembic DependsOnBranchTestFour, #789)', () => {
  const g = graphOf([
    ['a1'],
    ['a2', 'a1'],
    ['a3', 'a2'],
    ['b1'],
    ['b2', 'b1', { dependsOn: 'a3' }],
    ['b3', 'b2'],
    ['b4', 'b3', { dependsOn: 'a3' }],
  ]);
  it('does not bring a3 back as a head', () => {
    expect(planAndRun(g, planDowngrade, 'b3', ['b4'])).toEqual({ steps: ['-b4'], heads: ['b3'] });
  });
});

describe('merge of a revision and its dependant (Alembic DependsOnBranchTestFive, #1373)', () => {
  const g = graphOf([['a1'], ['b1', null, { dependsOn: 'a1' }], ['bmerge', ['a1', 'b1']]]);
  it('round-trips through the merge', () => {
    expect(planAndRun(g, planUpgrade, 'b1', ['a1'])).toEqual({ steps: ['+b1'], heads: ['b1'] });
    expect(planAndRun(g, planUpgrade, 'bmerge', ['b1'])).toEqual({
      steps: ['+bmerge'],
      heads: ['bmerge'],
    });
    expect(planAndRun(g, planDowngrade, 'a1', ['bmerge'])).toEqual({
      steps: ['-bmerge'],
      heads: ['b1'],
    });
    expect(planAndRun(g, planDowngrade, 'b1', ['bmerge'])).toEqual({
      steps: ['-bmerge'],
      heads: ['b1'],
    });
  });
});

describe('dependency on a branch label (Alembic DependsOnBranchLabelTest)', () => {
  const g = graphOf([
    ['a1', null, { labels: 'lib1' }],
    ['b1', 'a1'],
    ['c1', 'b1', { labels: 'c1lib' }],
    ['a2'],
    ['b2', 'a2'],
    ['c2', 'b2', { dependsOn: 'c1lib' }],
    ['d1', 'c1'],
    ['e1', 'd1'],
    ['f1', 'e1'],
  ]);
  it('upgrades the labelled dependency first', () => {
    expect(planAndRun(g, planUpgrade, 'c2', ['a2'])).toEqual({
      steps: ['+a1', '+b1', '+c1', '+b2', '+c2'],
      heads: ['c2'],
    });
  });
});

describe('cross dependencies between branches (Alembic BranchedPathTestCrossDependencies)', () => {
  const g = graphOf([
    ['a'],
    ['b', 'a'],
    ['c1', 'b', { labels: 'c1branch' }],
    ['d1', 'c1'],
    ['c2', 'b', { labels: 'c2branch' }],
    ['d2', 'c2', { dependsOn: 'c1' }],
  ]);
  it('takes down the dependent branch alone', () => {
    expect(planAndRun(g, planDowngrade, 'c2branch@b', ['d1', 'd2'])).toEqual({
      steps: ['-d2', '-c2'],
      heads: ['d1'],
    });
  });
  it('taking down the dependency takes down its dependants first', () => {
    const steps = stepNames(planDowngrade(g, ['d1', 'd2'], 'c1branch@b'));
    expect(sorted(steps)).toEqual(['-c1', '-d1', '-d2']);
    expect(steps.indexOf('-d1')).toBeLessThan(steps.indexOf('-c1'));
    expect(steps.indexOf('-d2')).toBeLessThan(steps.indexOf('-c1'));
    expect(planAndRun(g, planDowngrade, 'c1branch@b', ['d1', 'd2']).heads).toEqual(['c2']);
  });
  it('upgrading the dependant brings its dependency first', () => {
    const steps = stepNames(planUpgrade(g, ['b'], 'd2'));
    expect(steps.indexOf('+c1')).toBeLessThan(steps.indexOf('+d2'));
    expect(planAndRun(g, planUpgrade, 'd2', ['b']).heads).toEqual(['d2']);
  });
});
