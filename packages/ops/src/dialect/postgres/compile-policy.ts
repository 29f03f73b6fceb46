import type { PolicySpec } from '../../operations/policy-ops';
import type { Compilers } from './compiler-types';
import { qualify, quoteIdent } from './quote';
import { statement } from './statement';

const ROLE_KEYWORDS = new Set(['public', 'current_role', 'current_user', 'session_user']);

/** `TO` role list: the keywords bare, every other name quoted. */
function roleList(roles: readonly string[]): string {
  return roles.map((r) => (ROLE_KEYWORDS.has(r) ? r.toUpperCase() : quoteIdent(r))).join(', ');
}

function clauses(spec: Pick<PolicySpec, 'to' | 'using' | 'withCheck'>): string {
  return [
    spec.to !== undefined && spec.to.length > 0 ? ` TO ${roleList(spec.to)}` : '',
    spec.using !== undefined ? ` USING (${spec.using})` : '',
    spec.withCheck !== undefined ? ` WITH CHECK (${spec.withCheck})` : '',
  ].join('');
}

export const policyCompilers: Pick<
  Compilers,
  'setRowLevelSecurity' | 'createPolicy' | 'alterPolicy' | 'dropPolicy'
> = {
  setRowLevelSecurity: (op) => [
    statement(
      `ALTER TABLE ${qualify(op.table, op.schema)} ${op.enabled ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`,
    ),
  ],
  createPolicy(op) {
    const as = op.as === undefined ? '' : ` AS ${op.as.toUpperCase()}`;
    const command = op.for === undefined ? '' : ` FOR ${op.for.toUpperCase()}`;
    const on = `ON ${qualify(op.table, op.schema)}`;
    return [statement(`CREATE POLICY ${quoteIdent(op.name)} ${on}${as}${command}${clauses(op)}`)];
  },
  alterPolicy(op) {
    const changes = clauses(op);
    if (changes === '') return [];
    return [
      statement(`ALTER POLICY ${quoteIdent(op.name)} ON ${qualify(op.table, op.schema)}${changes}`),
    ];
  },
  dropPolicy: (op) => [
    statement(`DROP POLICY ${quoteIdent(op.name)} ON ${qualify(op.table, op.schema)}`),
  ],
};
