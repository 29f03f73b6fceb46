import type { RevisionHeader } from '../script/revision-header';
import { buildGraphParts, type GraphParts } from './graph-builder';
import type { Revision, RevisionNode } from './revision-node';

/**
 * The revision graph of a script directory (Alembic's `RevisionMap`), built once from the
 * headers and immutable afterwards. Identifier resolution, traversal and planning are
 * functions over it (revision-resolver, iterate-revisions, plan-*).
 */
export class RevisionGraph {
  /** Revisions nothing revises (`downRevision`-wise), in file order (Alembic `heads`). */
  readonly heads: readonly string[];
  /** Heads that nothing depends on either (`heads --resolve-dependencies`). */
  readonly realHeads: readonly string[];
  /** Revisions with no down revision. */
  readonly bases: readonly string[];
  /** Bases that depend on nothing either. */
  readonly realBases: readonly string[];
  /** @internal */
  readonly byId: ReadonlyMap<string, Revision>;
  /** @internal */
  readonly byLabel: ReadonlyMap<string, Revision>;
  private readonly order: ReadonlyMap<string, number>;

  private constructor(parts: GraphParts) {
    this.byId = parts.byId;
    this.byLabel = parts.byLabel;
    this.heads = parts.heads;
    this.realHeads = parts.realHeads;
    this.bases = parts.bases;
    this.realBases = parts.realBases;
    this.order = new Map([...parts.byId.keys()].map((id, index) => [id, index]));
  }

  /** Links headers (in file order, which fixes tie-breaks in iteration order). */
  static fromHeaders(headers: readonly RevisionHeader[]): RevisionGraph {
    return new RevisionGraph(buildGraphParts(headers));
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every revision, in file order. */
  revisions(): readonly RevisionNode[] {
    return [...this.byId.values()];
  }

  /** The revision with exactly this id (no prefixes, labels or symbols). */
  get(id: string): RevisionNode | undefined {
    return this.byId.get(id);
  }

  /** @internal The revision a full id or a branch label names. */
  lookupKey(key: string): Revision | undefined {
    return this.byId.get(key) ?? this.byLabel.get(key);
  }

  /** @internal The revision with this id; it must exist. */
  node(id: string): Revision {
    return this.byId.get(id) as Revision;
  }

  /** @internal Position in file order, for Alembic's tie-breaks. */
  indexOf(id: string): number {
    return this.order.get(id) ?? -1;
  }
}
