import { describeStep, downStep, upStep } from '../../src/graph/migration-step';
import { resolveNewRevisionParents } from '../../src/graph/new-revision-parents';
import { graphOf, header } from './graph-fixtures';

const g = graphOf([
  ['aaaa0001'],
  ['bbbb0002', 'aaaa0001', { labels: 'lib' }],
  ['cccc0003', 'aaaa0001'],
]);

describe('resolveNewRevisionParents', () => {
  it('needs a single head unless told otherwise', () => {
    expect(() => resolveNewRevisionParents(g)).toThrow(
      expect.objectContaining({
        code: 'MULTIPLE_HEADS',
        hint: expect.stringContaining('merge heads'),
      }),
    );
    expect(resolveNewRevisionParents(g, { head: 'heads' }).downRevisions).toEqual([
      'bbbb0002',
      'cccc0003',
    ]);
    expect(resolveNewRevisionParents(g, { head: 'lib@head' }).downRevisions).toEqual(['bbbb0002']);
    expect(resolveNewRevisionParents(g, { head: 'base' }).downRevisions).toEqual([]);
    expect(resolveNewRevisionParents(graphOf([])).downRevisions).toEqual([]);
  });

  it('refuses a non-head without splice', () => {
    expect(() => resolveNewRevisionParents(g, { head: 'aaaa' })).toThrow(
      expect.objectContaining({ code: 'NOT_A_HEAD', hint: expect.stringContaining('--splice') }),
    );
    expect(resolveNewRevisionParents(g, { head: 'aaaa', splice: true }).downRevisions).toEqual([
      'aaaa0001',
    ]);
  });

  it('resolves dependsOn prefixes and keeps labels', () => {
    expect(
      resolveNewRevisionParents(g, { head: 'cccc', dependsOn: ['lib', 'aaaa'] }).dependsOn,
    ).toEqual(['lib', 'aaaa0001']);
  });

  it('describes steps like Alembic logs them', () => {
    const h = { ...header('bbbb0002', { down: 'aaaa0001' }), message: 'add users' };
    expect(describeStep(upStep(h))).toBe('aaaa0001 -> bbbb0002, add users');
    expect(describeStep(downStep(h))).toBe('bbbb0002 -> aaaa0001, add users');
    expect(
      describeStep({ kind: 'stamp', from: [], to: ['x'], direction: 'up', branchMove: true }),
    ).toBe(' -> x');
  });
});
