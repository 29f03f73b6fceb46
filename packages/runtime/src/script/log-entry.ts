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
  /** The marker's text for a current revision (default `(current)`; tenants say how many). */
  currentLabel?: (id: string) => string;
  /** Styling for terminals (the CLI's colours); plain text by default. */
  style?: RevisionStyle;
}

/** Wraps revision ids and the head/current markers, e.g. in colour codes. */
export interface RevisionStyle {
  revision(text: string): string;
  head(text: string): string;
}

const PLAIN: RevisionStyle = { revision: (t) => t, head: (t) => t };

const downText = (rev: RevisionNode, s: RevisionStyle = PLAIN) =>
  rev.downRevisions.length === 0 ? '<base>' : rev.downRevisions.map(s.revision).join(', ');
const isRealHead = (graph: RevisionGraph, rev: RevisionNode) => graph.realHeads.includes(rev.id);

/** Alembic's `Script.cmd_format`: one line, or the verbose `log_entry` block. */
export function formatRevision(graph: RevisionGraph, rev: RevisionNode, o: FormatOptions = {}): string {
  const current = o.current?.has(rev.id) === true;
  const s = o.style ?? PLAIN;
  const currentMark = s.head(o.currentLabel?.(rev.id) ?? '(current)');
  if (o.verbose) return logEntry(rev, current ? currentMark : null, s);
  let text = s.revision(rev.id);
  if (o.includeParents) {
    text = rev.header.dependsOn.length
      ? `${downText(rev, s)} (${rev.header.dependsOn.map(s.revision).join(', ')}) -> ${text}`
      : `${downText(rev, s)} -> ${text}`;
  }
  if (o.includeBranches && rev.branchLabels.size) text += ` (${[...rev.branchLabels].join(', ')})`;
  if (o.headIndicators !== false || o.treeIndicators !== false) {
    if (isRealHead(graph, rev)) text += ` ${s.head('(head)')}`;
    else if (rev.isHead) text += ` ${s.head('(effective head)')}`;
    if (current) text += ` ${currentMark}`;
  }
  if (o.treeIndicators !== false) {
    if (rev.isBranchPoint) text += ' (branchpoint)';
    if (rev.isMergePoint) text += ' (mergepoint)';
  }
  if (o.includeDoc) text += `, ${rev.header.message}`;
  return text;
}

function logEntry(rev: RevisionNode, currentMark: string | null, s: RevisionStyle): string {
  const lines = [
    `Rev: ${s.revision(rev.id)}${rev.isHead ? ` ${s.head('(head)')}` : ''}${rev.isBranchPoint ? ' (branchpoint)' : ''}${rev.isMergePoint ? ' (mergepoint)' : ''}${currentMark ? ` ${currentMark}` : ''}`,
    rev.isMergePoint ? `Merges: ${downText(rev, s)}` : `Parent: ${downText(rev, s)}`,
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
