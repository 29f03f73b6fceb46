export interface SetTableCommentOp {
  kind: 'setTableComment';
  table: string;
  schema?: string;
  /** `null` removes the comment. */
  comment: string | null;
  existingComment?: string | null;
}

export interface SetColumnCommentOp {
  kind: 'setColumnComment';
  table: string;
  schema?: string;
  column: string;
  /** `null` removes the comment. */
  comment: string | null;
  existingComment?: string | null;
}
