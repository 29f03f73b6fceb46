import {
  currentHead,
  getRevision,
  getRevisions,
  filterForLineage,
} from '../../src/graph/revision-resolver';
import { resolveRevisions } from '../../src/graph/graph-queries';
import type { Revision } from '../../src/graph/revision-node';
import { graphOf } from './graph-fixtures';

const idOf = (rev: unknown) => (rev === null ? null : (rev as Revision).id);

describe('revision identifiers (Alembic LabeledBranchTest / APITest)', () => {
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
  const one = (id: string) => idOf(getRevision(g, id));

  it.each([
    ['abranch@head', 'c'],
    ['abranch@heads', 'c'],
    ['ebranch@head', 'f'],
    ['abranch@base', null],
    ['ebranch@d', 'd'],
    ['ebranch@ebranch', 'e'],
    ['abranch', 'a'],
    ['ebranch', 'e'],
    ['e', 'e'],
    ['ebranch@some', 'someothername'],
    ['abranch@some', 'somelongername'],
    ['e@d', 'd'],
    ['someoth@d', 'd'],
    ['base', null],
    ['someo', 'someothername'],
  ])('%s → %s', (identifier, expected) => expect(one(identifier)).toBe(expected));

  it.each([
    ['ebranch@b', 'REVISION_NOT_IN_BRANCH', "Revision b is not a member of branch 'ebranch'."],
    ['abranch@d', 'REVISION_NOT_IN_BRANCH', "Revision d is not a member of branch 'abranch'."],
    ['abranch@qprstuv', 'UNKNOWN_REVISION', "No such revision or branch 'qprstuv'."],
    [
      'abranch@qpr',
      'UNKNOWN_REVISION',
      "No such revision or branch 'qpr'; please ensure at least four characters are present for partial revision identifier matches.",
    ],
    ['ebranch@sos', 'UNKNOWN_REVISION', 'please ensure at least four characters'],
    ['x@d', 'UNKNOWN_REVISION', "No such branch: 'x'."],
    [
      'head',
      'MULTIPLE_HEADS',
      "Multiple head revisions are present for given argument 'head': c, f.",
    ],
    ['heads', 'MULTIPLE_HEADS', 'c, f'],
  ])('%s is %s', (identifier, code, message) => {
    expect(() => getRevision(g, identifier)).toThrow(
      expect.objectContaining({ code, message: expect.stringContaining(message) }),
    );
  });

  it('MULTIPLE_HEADS hints at heads and merge', () => {
    expect(() => getRevision(g, 'head')).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('retort merge heads') }),
    );
  });

  it('lists several revisions for heads, none for base', () => {
    expect(getRevisions(g, 'heads').map(idOf)).toEqual(['c', 'f']);
    expect(getRevisions(g, 'base')).toEqual([]);
    expect(getRevisions(g, ['a', 'ebranch@head']).map(idOf)).toEqual(['a', 'f']);
    expect(currentHead(g, 'ebranch')).toBe('f');
  });

  it('walks down from the heads for -N and branch@-N', () => {
    expect(getRevisions(g, '-1').map(idOf)).toEqual(['somelongername', 'someothername']);
    expect(getRevisions(g, 'ebranch@-2').map(idOf)).toEqual(['e']);
  });

  it('filters for lineage across a merge', () => {
    const m = graphOf([
      ['a'],
      ['b', 'a'],
      ['c1', 'b', { labels: 'c1branch' }],
      ['c2', 'b'],
      ['d', ['c1', 'c2']],
    ]);
    expect(filterForLineage(m, ['c1', 'c2', 'd'], 'c1branch@head')).toEqual(['c1', 'c2', 'd']);
  });

  it('lists ambiguous prefix candidates with their files', () => {
    const p = graphOf([['abcd1111'], ['abcd2222', 'abcd1111'], ['abce3333', 'abcd2222']]);
    expect(idOf(getRevision(p, 'abce'))).toBe('abce3333');
    expect(idOf(getRevision(p, 'abcd1'))).toBe('abcd1111');
    expect(() => getRevision(p, 'abcd')).toThrow(
      expect.objectContaining({
        code: 'AMBIGUOUS_REVISION',
        message:
          "Multiple revisions start with 'abcd':\n  abcd1111 (versions/abcd1111.ts)\n  abcd2222 (versions/abcd2222.ts)",
      }),
    );
  });

  it('resolves prefixes shorter than four characters (only ids longer than three match)', () => {
    const p = graphOf([['3f9a1c2b7d4e'], ['8c1d0e2f3a4b', '3f9a1c2b7d4e']]);
    expect(resolveRevisions(p, '8c').map((r) => r.id)).toEqual(['8c1d0e2f3a4b']);
    expect(() => resolveRevisions(p, 'zz')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_REVISION' }),
    );
  });
});
