/** `ALTER TABLE … ADD CONSTRAINT name EXCLUDE <expression>`; dropped with `dropConstraint`. */
export interface CreateExclusionConstraintOp {
  kind: 'createExclusionConstraint';
  name: string;
  table: string;
  schema?: string;
  /** What follows EXCLUDE: 'USING gist (room WITH =, during WITH &&)', optionally with WHERE (…). */
  expression: string;
  deferrable?: boolean;
  initiallyDeferred?: boolean;
}
