import { compileOperation, quoteLiteral, type Operation } from '@retort/ops';

/**
 * Why an operation of a generated body must sit in an explicit `op.autocommitBlock()`, or null.
 * Either PostgreSQL refuses its statement inside a transaction (… CONCURRENTLY), or it adds an
 * enum value that a later operation of the same body uses (a default, an insert): a new value
 * is usable only after the transaction that added it commits.
 */
export function autocommitReason(op: Operation, later: readonly Operation[]): string | null {
  const refused = compileOperation(op).find((s) => !s.transactional);
  if (refused) return `PostgreSQL cannot run ${leadingWords(refused.sql)} inside a transaction.`;
  if (op.kind === 'addEnumValue' && later.some((next) => usesValue(next, op.value))) {
    return `the value '${op.value}' is used below, and PostgreSQL makes a new enum value usable only once it is committed.`;
  }
  return null;
}

function leadingWords(sql: string): string {
  return sql.split(' ').slice(0, 3).join(' ');
}

function usesValue(op: Operation, value: string): boolean {
  if (op.kind === 'bulkInsert' && op.rows.some((row) => Object.values(row).includes(value))) return true;
  const text = JSON.stringify(op, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return text.includes(quoteLiteral(value));
}
