import type { RevisionHeader } from '../script/revision-header';
import { checkCycles, checkSelfLoop } from './graph-checks';
import { ancestorsOf, descendantsOf, type RevisionMap } from './graph-traversal';
import { graphError } from './revision-errors';
import { Revision } from './revision-node';

export interface GraphParts {
  readonly byId: Map<string, Revision>;
  readonly byLabel: Map<string, Revision>;
  readonly heads: readonly string[];
  readonly realHeads: readonly string[];
  readonly bases: readonly string[];
  readonly realBases: readonly string[];
}

/** Alembic's `RevisionMap._revision_map`: link headers into a checked graph. */
export function buildGraphParts(headers: readonly RevisionHeader[]): GraphParts {
  const byId = new Map<string, Revision>();
  for (const header of headers) {
    checkSelfLoop(header);
    const existing = byId.get(header.revision);
    if (existing !== undefined) {
      throw graphError(
        'DUPLICATE_REVISION',
        `Revision ${header.revision} is present more than once: in ${existing.header.file} and in ${header.file}.`,
        'Give one of the files a new id (`revision` and the `Revision ID:` line), then fix `downRevision` of its children.',
      );
    }
    byId.set(header.revision, new Revision(header));
  }
  const byLabel = mapBranchLabels(byId);
  for (const rev of byId.values()) rev.setDependencies(resolveDependencies(rev, byId, byLabel));

  const heads = new Set(byId.values());
  const realHeads = new Set(byId.values());
  for (const rev of byId.values()) {
    for (const downId of rev.allDownRevisions) {
      const down = byId.get(downId);
      if (down === undefined)
        throw missingError(
          rev,
          downId,
          rev.downRevisions.includes(downId) ? 'downRevision' : 'dependsOn',
        );
      down.addNextRevision(rev);
      if (rev.downRevisions.includes(downId)) heads.delete(down);
      realHeads.delete(down);
    }
  }
  for (const rev of byId.values()) {
    rev.setNormalizedDependencies(normalizeDependencies(rev));
    rev.normalizedDownNodes = rev.normalizedDownRevisions.map((id) => byId.get(id) as Revision);
  }
  const all = [...byId.values()];
  const bases = all.filter((rev) => rev.isBase);
  const realBases = all.filter((rev) => rev.isRealBase);
  checkCycles(byId, [...heads], bases, [...realHeads], realBases);
  addBranchLabels(byId);
  const ids = (revs: Iterable<Revision>) => [...revs].map((rev) => rev.id);
  return {
    byId,
    byLabel,
    heads: ids(heads),
    realHeads: ids(realHeads),
    bases: ids(bases),
    realBases: ids(realBases),
  };
}

function mapBranchLabels(byId: RevisionMap): Map<string, Revision> {
  const byLabel = new Map<string, Revision>();
  for (const rev of byId.values()) {
    for (const label of rev.header.branchLabels) {
      const other = byId.get(label) ?? byLabel.get(label);
      if (other !== undefined) {
        throw graphError(
          'DUPLICATE_BRANCH_LABEL',
          `Branch name '${label}' in revision ${rev.id} (${rev.header.file}) already used by revision ${other.id} (${other.header.file}).`,
          'Branch labels (and revision ids) must be unique; rename one of them.',
        );
      }
      byLabel.set(label, rev);
    }
  }
  return byLabel;
}

/** `dependsOn` entries may be revision ids, branch labels or unique id prefixes. */
function resolveDependencies(rev: Revision, byId: RevisionMap, byLabel: RevisionMap): string[] {
  return rev.header.dependsOn.map((dep) => {
    const exact = byId.get(dep) ?? byLabel.get(dep);
    if (exact !== undefined) return exact.id;
    const matches = [...byId.keys()].filter((id) => id.length > 3 && id.startsWith(dep));
    if (matches.length === 1) return matches[0] as string;
    if (matches.length > 1) {
      throw graphError(
        'AMBIGUOUS_REVISION',
        `dependsOn '${dep}' in ${rev.header.file} matches several revisions: ${matches.slice(0, 10).join(', ')}.`,
        'Write the full revision id in `dependsOn`.',
      );
    }
    throw missingError(rev, dep, 'dependsOn');
  });
}

/** Drop dependencies that an ancestor (along `downRevision`) already depends on. */
function normalizeDependencies(rev: Revision): readonly string[] {
  if (rev.dependencies.length === 0) return [];
  const normalized = new Set(rev.dependencies);
  for (const ancestor of ancestorsOf([rev], false)) {
    if (ancestor !== rev) for (const dep of ancestor.dependencies) normalized.delete(dep);
  }
  return rev.dependencies.filter((dep) => normalized.has(dep));
}

/**
 * Alembic's `_add_branches`: a label spreads to every descendant of its revision, and from
 * the last of those down to the nearest branch or merge point.
 */
function addBranchLabels(byId: RevisionMap): void {
  for (const rev of byId.values()) {
    if (rev.header.branchLabels.length === 0) continue;
    const labels = [...rev.branchLabels];
    const nodes = descendantsOf([rev], false);
    for (const node of nodes) for (const label of labels) node.branchLabels.add(label);
    let parent: Revision | undefined = nodes[nodes.length - 1];
    while (parent !== undefined && !parent.isRealBranchPoint && !parent.isMergePoint) {
      for (const label of labels) parent.branchLabels.add(label);
      const down = parent.downRevisions[0];
      if (down === undefined) break;
      parent = byId.get(down);
    }
  }
}

function missingError(rev: Revision, missing: string, field: string): Error {
  return graphError(
    'MISSING_REVISION',
    `Revision ${missing} referenced from ${rev.id} (${field} in ${rev.header.file}) is not present.`,
    `Restore the migration file of ${missing}, or fix \`${field}\` in ${rev.header.file}.`,
  );
}
