/** A policy's clauses; absent fields take PostgreSQL's defaults (PERMISSIVE, FOR ALL, TO PUBLIC). */
export interface PolicySpec {
  as?: 'permissive' | 'restrictive';
  for?: 'all' | 'select' | 'insert' | 'update' | 'delete';
  /** Role names; 'public', 'current_role', 'current_user' and 'session_user' are keywords. */
  to?: string[];
  using?: string;
  withCheck?: string;
}

interface PolicyTarget {
  name: string;
  table: string;
  schema?: string;
}

export interface CreatePolicyOp extends PolicyTarget, PolicySpec {
  kind: 'createPolicy';
}

/** The clauses ALTER POLICY can change in place. */
export type PolicyChanges = Pick<PolicySpec, 'to' | 'using' | 'withCheck'>;

export interface AlterPolicyOp extends PolicyTarget, PolicyChanges {
  kind: 'alterPolicy';
  /** The previous values of the changed clauses, so that the change can be reversed. */
  existing?: PolicyChanges;
}

export interface DropPolicyOp extends PolicyTarget {
  kind: 'dropPolicy';
  /** The dropped policy, so that the drop can be reversed. */
  definition?: PolicySpec;
}

/** `ALTER TABLE … ENABLE | DISABLE ROW LEVEL SECURITY`. */
export interface SetRowLevelSecurityOp {
  kind: 'setRowLevelSecurity';
  table: string;
  schema?: string;
  enabled: boolean;
}
