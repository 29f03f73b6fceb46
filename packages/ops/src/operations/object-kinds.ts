/** The operation kinds of exclusion constraints, row-level security, policies and roles. */
export type ObjectKinds =
  | 'createExclusionConstraint'
  | 'setRowLevelSecurity'
  | 'createPolicy'
  | 'alterPolicy'
  | 'dropPolicy'
  | 'createRole'
  | 'alterRole'
  | 'dropRole';
