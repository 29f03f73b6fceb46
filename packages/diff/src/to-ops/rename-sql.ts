import { quoteIdent, type ExecuteOp } from '@retort/ops';

/**
 * A statement the ops vocabulary has no kind for, as an `execute` pair (the statement and the one
 * that undoes it), so that the diff entry can carry its own reverse. Used for renames of indexes,
 * constraints, sequences and types.
 */
export interface SqlPair {
  op: ExecuteOp;
  reverse: ExecuteOp;
}

function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

function pair(make: (from: string, to: string) => string, from: string, to: string): SqlPair {
  return {
    op: { kind: 'execute', sql: make(from, to) },
    reverse: { kind: 'execute', sql: make(to, from) },
  };
}

export function renameConstraintSql(
  schema: string,
  table: string,
  from: string,
  to: string,
): SqlPair {
  const t = qualified(schema, table);
  return pair(
    (a, b) => `ALTER TABLE ${t} RENAME CONSTRAINT ${quoteIdent(a)} TO ${quoteIdent(b)}`,
    from,
    to,
  );
}

export function renameIndexSql(schema: string, from: string, to: string): SqlPair {
  return pair((a, b) => `ALTER INDEX ${qualified(schema, a)} RENAME TO ${quoteIdent(b)}`, from, to);
}

export function renameSequenceSql(schema: string, from: string, to: string): SqlPair {
  return pair(
    (a, b) => `ALTER SEQUENCE ${qualified(schema, a)} RENAME TO ${quoteIdent(b)}`,
    from,
    to,
  );
}

export function renameTypeSql(schema: string, from: string, to: string): SqlPair {
  return pair((a, b) => `ALTER TYPE ${qualified(schema, a)} RENAME TO ${quoteIdent(b)}`, from, to);
}
