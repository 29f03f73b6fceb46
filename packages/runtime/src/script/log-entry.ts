import type { RevisionNode } from '../graph/revision-node';
import type { RevisionGraph } from '../graph/revision-graph';

export interface FormatOptions {
  verbose?: boolean;
  includeBranches?: boolean;
  includeDoc?: boolean;
  includeParents?: boolean;
  treeIndicators?: boolean;
  headIndicators?: boolean;
  /** Marks revisions that are in the database's version table (`history -i`). */
  current?: ReadonlySet<string>;
}

const downText = (rev: RevisionNode) => (rev.downRevisions.length === 0 ? '<base>' : rev.downRevisions.join(', '));
const isRealHead = (graph: RevisionGraph, rev: RevisionNode) => graph.realHeads.includes(rev.id);

/** Alembic's `Script.cmd_format`: one line, or the verbose `log_entry` block. */
export function formatRevision(graph: RevisionGraph, rev: RevisionNode, o: FormatOptions = {}): string {
  const current = o.current?.has(rev.id) === true;
  if (o.verbose) return logEntry(rev, current);
  let text = rev.id;
  if (o.includeParents) {
    text = rev.header.dependsOn.length
      ? `${downText(rev)} (${rev.header.dependsOn.join(', ')}) -> ${text}`
      : `${downText(rev)} -> ${text}`;
  }
  if (o.includeBranches && rev.branchLabels.size) text += ` (${[...rev.branchLabels].join(', ')})`;
  if (o.headIndicators !== false || o.treeIndicators !== false) {
    if (isRealHead(graph, rev)) text += ' (head)';
    else if (rev.isHead) text += ' (effective head)';
    if (current) text += ' (current)';
  }
  if (o.treeIndicators !== false) {
    if (rev.isBranchPoint) text += ' (branchpoint)';
    if (rev.isMergePoint) text += ' (mergepoint)';
  }
  if (o.includeDoc) text += `, ${rev.header.message}`;
  return text;
}

function logEntry(rev: RevisionNode, current: boolean): string {
  const lines = [
    `Rev: ${rev.id}${rev.isHead ? ' (head)' : ''}${rev.isBranchPoint ? ' (branchpoint)' : ''}${rev.isMergePoint ? ' (mergepoint)' : ''}${current ? ' (current)' : ''}`,
    rev.isMergePoint ? `Merges: ${downText(rev)}` : `Parent: ${downText(rev)}`,
  ];
  if (rev.header.dependsOn.length) lines.push(`Also depends on: ${rev.header.dependsOn.join(', ')}`);
  if (rev.isBranchPoint) lines.push(`Branches into: ${[...rev.nextRevisions].join(', ')}`);
  if (rev.branchLabels.size) lines.push(`Branch names: ${[...rev.branchLabels].join(', ')}`);
  lines.push(`Path: ${rev.header.file}`, '');
  for (const para of rev.header.doc.split(/\r?\n/)) lines.push(para ? `    ${para}` : '');
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

/** The JSON form of a revision for `--json` output. */
export function revisionJson(graph: RevisionGraph, rev: RevisionNode, current?: ReadonlySet<string>) {
  return {
    revision: rev.id,
    downRevisions: [...rev.downRevisions],
    dependsOn: [...rev.header.dependsOn],
    branchLabels: [...rev.branchLabels],
    message: rev.header.message,
    createDate: rev.header.createDate,
    path: rev.header.file,
    isHead: rev.isHead,
    isRealHead: isRealHead(graph, rev),
    isBranchPoint: rev.isBranchPoint,
    isMergePoint: rev.isMergePoint,
    ...(current ? { isCurrent: current.has(rev.id) } : {}),
  };
}
