/** Everything a revision file says, before it is rendered. */
export interface RevisionFileSpec {
  revision: string;
  /** null for a base revision, one id, or several for a merge. */
  downRevision: string | readonly string[] | null;
  branchLabels: readonly string[] | null;
  dependsOn: readonly string[] | null;
  message: string;
  createDate: Date;
  /** Statements of upgrade() and downgrade(), already rendered (one entry per statement). */
  upgrade: readonly string[];
  downgrade: readonly string[];
  /** Lines of a summary comment above the exports (hazards, counts); optional. */
  notes?: readonly string[];
}
