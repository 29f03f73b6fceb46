import { quoteIdent, type ExecuteOp } from '@retort/ops';
import type { CheckConstraint, Domain } from '@retort/schema';
import { collationName } from './column-spec';

/**
 * Domains have no operation kind of their own: they are `execute` statements, each paired with
 * the statement that undoes it (the diff entry's `reverse`).
 */
export interface SqlPair {
  op: ExecuteOp;
  reverse: ExecuteOp;
}

const execute = (sql: string): ExecuteOp => ({ kind: 'execute', sql });
const both = (op: string, reverse: string): SqlPair => ({
  op: execute(op),
  reverse: execute(reverse),
});

function domainName(d: Domain): string {
  return `${quoteIdent(d.schema)}.${quoteIdent(d.name)}`;
}

function check(c: CheckConstraint): string {
  return `CONSTRAINT ${quoteIdent(c.name)} CHECK (${c.expression})`;
}

export function createDomainSql(d: Domain): string {
  const parts = [`CREATE DOMAIN ${domainName(d)} AS ${d.type}`];
  if (d.collation !== null) parts.push(`COLLATE ${quoteIdent(collationName(d.collation))}`);
  if (d.default !== null) parts.push(`DEFAULT ${d.default}`);
  if (d.notNull) parts.push('NOT NULL');
  parts.push(...d.checks.map(check));
  return parts.join(' ');
}

export function createDomainPair(d: Domain): SqlPair {
  return both(createDomainSql(d), `DROP DOMAIN ${domainName(d)}`);
}

export function dropDomainPair(d: Domain): SqlPair {
  return both(`DROP DOMAIN ${domainName(d)}`, createDomainSql(d));
}

export function domainDefaultPair(d: Domain, from: string | null, to: string | null): SqlPair {
  const set = (v: string | null) =>
    `ALTER DOMAIN ${domainName(d)} ${v === null ? 'DROP DEFAULT' : `SET DEFAULT ${v}`}`;
  return both(set(to), set(from));
}

export function domainNotNullPair(d: Domain, notNull: boolean): SqlPair {
  const set = (v: boolean) => `ALTER DOMAIN ${domainName(d)} ${v ? 'SET' : 'DROP'} NOT NULL`;
  return both(set(notNull), set(!notNull));
}

export function domainCheckPair(d: Domain, c: CheckConstraint, add: boolean): SqlPair {
  const addSql = `ALTER DOMAIN ${domainName(d)} ADD ${check(c)}`;
  const dropSql = `ALTER DOMAIN ${domainName(d)} DROP CONSTRAINT ${quoteIdent(c.name)}`;
  return add ? both(addSql, dropSql) : both(dropSql, addSql);
}
