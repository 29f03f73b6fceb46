import type { RevisionHeader } from '../script/revision-header';

/** One revision of the graph, read-only (Alembic's `Revision`). */
export interface RevisionNode {
  readonly id: string;
  readonly header: RevisionHeader;
  /** `downRevision` (Alembic `_versioned_down_revisions`). */
  readonly downRevisions: readonly string[];
  /** `dependsOn` resolved to revision ids. */
  readonly dependencies: readonly string[];
  /** down revisions plus the dependencies no ancestor already depends on. */
  readonly normalizedDownRevisions: readonly string[];
  /** Children through `downRevision` only (Alembic `nextrev`). */
  readonly nextRevisions: ReadonlySet<string>;
  /** Children through `downRevision` or `dependsOn` (Alembic `_all_nextrev`). */
  readonly allNextRevisions: ReadonlySet<string>;
  /** Its own labels plus those inherited along its branch. */
  readonly branchLabels: ReadonlySet<string>;
  readonly isHead: boolean;
  readonly isBase: boolean;
  readonly isBranchPoint: boolean;
  readonly isMergePoint: boolean;
}

/** The mutable node the graph builder fills in; everything outside sees `RevisionNode`. */
export class Revision implements RevisionNode {
  readonly id: string;
  readonly downRevisions: readonly string[];
  readonly branchLabels = new Set<string>();
  readonly nextRevisions = new Set<string>();
  readonly allNextRevisions = new Set<string>();
  dependencies: readonly string[] = [];
  normalizedDependencies: readonly string[] = [];
  /** down revisions + resolved dependencies (Alembic `_all_down_revisions`). */
  allDownRevisions: readonly string[];
  normalizedDownRevisions: readonly string[];
  /** Scratch for graph walks (graph-traversal); not part of the node's meaning. */
  visitMark = 0;
  /** The same edges as node references, filled by the graph builder (fast walks). */
  readonly downNodes: Revision[] = [];
  readonly allDownNodes: Revision[] = [];
  normalizedDownNodes: readonly Revision[] = [];
  readonly nextNodes: Revision[] = [];
  readonly allNextNodes: Revision[] = [];

  constructor(readonly header: RevisionHeader) {
    this.id = header.revision;
    this.downRevisions = header.downRevisions;
    this.allDownRevisions = header.downRevisions;
    this.normalizedDownRevisions = header.downRevisions;
    for (const label of header.branchLabels) this.branchLabels.add(label);
  }

  setDependencies(resolved: readonly string[]): void {
    this.dependencies = resolved;
    this.allDownRevisions = dedupe([...this.downRevisions, ...resolved]);
  }

  setNormalizedDependencies(normalized: readonly string[]): void {
    this.normalizedDependencies = normalized;
    this.normalizedDownRevisions = dedupe([...this.downRevisions, ...normalized]);
  }

  /** Links `child` above this revision (called once per edge by the builder). */
  addNextRevision(child: Revision): void {
    this.allNextRevisions.add(child.id);
    this.allNextNodes.push(child);
    child.allDownNodes.push(this);
    if (child.downRevisions.includes(this.id)) {
      this.nextRevisions.add(child.id);
      this.nextNodes.push(child);
      child.downNodes.push(this);
    }
  }

  get isHead(): boolean {
    return this.nextRevisions.size === 0;
  }
  get isRealHead(): boolean {
    return this.allNextRevisions.size === 0;
  }
  get isBase(): boolean {
    return this.downRevisions.length === 0;
  }
  /** A base that does not depend on anything either. */
  get isRealBase(): boolean {
    return this.downRevisions.length === 0 && this.header.dependsOn.length === 0;
  }
  get isBranchPoint(): boolean {
    return this.nextRevisions.size > 1;
  }
  get isRealBranchPoint(): boolean {
    return this.allNextRevisions.size > 1;
  }
  get isMergePoint(): boolean {
    return this.downRevisions.length > 1;
  }
}

function dedupe(ids: readonly string[]): readonly string[] {
  return ids.length < 2 ? ids : [...new Set(ids)];
}
