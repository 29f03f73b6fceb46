import { planDowngrade, planUpgrade } from '../../src/graph/plan-migration';
import { planStamp } from '../../src/graph/plan-stamp';
import { graphOf, planAndRun, runSteps } from './graph-fixtures';

// Alembic test_version_traversal.py RevisionPathTest: a -> b -> c -> d -> e
const [a, b, c, d, e] = [
  'e6239818bb3a',
  '548bbb905360',
  'b7ea43dc85e4',
  '1bbe33445780',
  '3975fb1a0125',
] as const;
const g = graphOf([[a], [b, a], [c, b], [d, c], [e, d]]);
const up = (target: string, source: string[]) => planAndRun(g, planUpgrade, target, source);
const down = (target: string, source: string[]) => planAndRun(g, planDowngrade, target, source);

describe('planning on a linear history', () => {
  it('upgrades along the chain, updating the one row', () => {
    expect(up(e, [c])).toEqual({ steps: [`+${d}`, `+${e}`], heads: [e] });
    expect(up(c, [])).toEqual({ steps: [`+${a}`, `+${b}`, `+${c}`], heads: [c] });
    expect(up('head', [])).toEqual({ steps: [a, b, c, d, e].map((r) => `+${r}`), heads: [e] });
  });

  it('inserts the first row and updates afterwards', () => {
    const steps = planUpgrade(g, [], b);
    expect(runSteps(g, [], steps).changes).toEqual([
      { kind: 'insert', revision: a },
      { kind: 'update', from: a, to: b },
    ]);
  });

  it('is empty when the target is reached', () => {
    expect(planUpgrade(g, [e], 'head')).toEqual([]);
    expect(planUpgrade(g, [e], 'heads')).toEqual([]);
    expect(planUpgrade(g, [c], c)).toEqual([]);
  });

  it('upgrades relative to the current revision and to a given one', () => {
    expect(up('+2', [a])).toEqual({ steps: [`+${b}`, `+${c}`], heads: [c] });
    expect(up('+1', [a])).toEqual({ steps: [`+${b}`], heads: [b] });
    expect(up('+3', [b])).toEqual({ steps: [`+${c}`, `+${d}`, `+${e}`], heads: [e] });
    expect(up(`${b}+2`, [a])).toEqual({ steps: [`+${b}`, `+${c}`, `+${d}`], heads: [d] });
    expect(up(`${d}-2`, [a])).toEqual({ steps: [`+${b}`], heads: [b] });
    expect(up('+1', [])).toEqual({ steps: [`+${a}`], heads: [a] });
    expect(up('base+1', [])).toEqual({ steps: [`+${a}`], heads: [a] });
  });

  it('rejects relative upgrades that do not fit', () => {
    expect(() => planUpgrade(g, [b], '-2')).toThrow(
      expect.objectContaining({
        code: 'RELATIVE_OUT_OF_RANGE',
        message: "Relative revision -2 goes 2 revisions down, but there are not that many.",
      }),
    );
    expect(() => planUpgrade(g, [b], '+5')).toThrow(
      expect.objectContaining({ message: "Relative revision +5 goes 5 revisions up, but there are not that many." }),
    );
  });

  it('downgrades along the chain, deleting the row at base', () => {
    expect(down(c, [e])).toEqual({ steps: [`-${e}`, `-${d}`], heads: [c] });
    expect(down('base', [c])).toEqual({ steps: [`-${c}`, `-${b}`, `-${a}`], heads: [] });
    expect(runSteps(g, [b], planDowngrade(g, [b], 'base')).changes).toEqual([
      { kind: 'update', from: b, to: a },
      { kind: 'delete', revision: a },
    ]);
  });

  it('downgrades relatively', () => {
    expect(down('-1', [c])).toEqual({ steps: [`-${c}`], heads: [b] });
    expect(down('-3', [e])).toEqual({ steps: [`-${e}`, `-${d}`, `-${c}`], heads: [b] });
    expect(down(`${a}+2`, [d])).toEqual({ steps: [`-${d}`], heads: [c] });
    expect(down(`${c}-2`, [d])).toEqual({ steps: [`-${d}`, `-${c}`, `-${b}`], heads: [a] });
    expect(down('-1', [a])).toEqual({ steps: [`-${a}`], heads: [] });
  });

  it('rejects relative downgrades that do not fit', () => {
    expect(() => planDowngrade(g, [b], '-5')).toThrow(
      expect.objectContaining({ message: "Relative revision -5 goes 5 revisions down, but there are not that many." }),
    );
    expect(() => planDowngrade(g, [b], '+2')).toThrow(
      expect.objectContaining({ message: "Relative revision +2 goes 2 revisions up, but there are not that many." }),
    );
    expect(() => planDowngrade(g, [], '-1')).toThrow(
      expect.objectContaining({ message: "Relative revision -1 goes 1 revision down, but there is none." }),
    );
  });

  it('does nothing when the target is already applied', () => {
    expect(down('base', [])).toEqual({ steps: [], heads: [] });
    expect(down(a, [a])).toEqual({ steps: [], heads: [a] });
    expect(down(e, [e])).toEqual({ steps: [], heads: [e] });
  });

  it('rejects a destination that is not below the current heads', () => {
    expect(() => planDowngrade(g, [], b.slice(0, 3))).toThrow(
      expect.objectContaining({
        code: 'RANGE_NOT_ANCESTOR',
        message: `Destination ${b.slice(0, 3)} is not a valid downgrade target from current head(s).`,
      }),
    );
    expect(() => planDowngrade(g, [b], c.slice(0, 4))).toThrow(
      expect.objectContaining({
        message: `Destination ${c.slice(0, 4)} is not a valid downgrade target from current head(s).`,
      }),
    );
  });

  it('reports an unknown revision in the version table', () => {
    expect(() => planUpgrade(g, ['deadbeef0000'], 'head')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_REVISION' }),
    );
  });

  it('stamps to base by deleting the row', () => {
    const steps = planStamp(g, [d], ['base']);
    expect(steps).toEqual([
      { kind: 'stamp', from: [d], to: [], direction: 'down', branchMove: true },
    ]);
    expect(runSteps(g, [d], steps)).toEqual({
      heads: [],
      changes: [{ kind: 'delete', revision: d }],
    });
  });

  it('stamps up, down and from nothing', () => {
    expect(runSteps(g, [b], planStamp(g, [b], ['head'])).changes).toEqual([
      { kind: 'update', from: b, to: e },
    ]);
    expect(runSteps(g, [e], planStamp(g, [e], [b])).changes).toEqual([
      { kind: 'update', from: e, to: b },
    ]);
    expect(runSteps(g, [], planStamp(g, [], ['head'])).changes).toEqual([
      { kind: 'insert', revision: e },
    ]);
    expect(planStamp(g, [e], ['heads'])).toEqual([]);
  });

  it('stamps with purge from an empty table', () => {
    expect(runSteps(g, [], planStamp(g, [e], [c], { purge: true }))).toEqual({
      heads: [c],
      changes: [{ kind: 'insert', revision: c }],
    });
  });
});
