import type { ColumnSpec, IdentitySpec } from '../../operations/column-spec';
import { quoteIdent } from './quote';
import { sequenceOptionClauses } from './render-sequence-options';

/** `GENERATED ALWAYS AS IDENTITY (START WITH 1)` */
export function renderIdentity(identity: IdentitySpec): string {
  const { always, ...options } = identity;
  const clauses = sequenceOptionClauses(options);
  const head = `GENERATED ${always ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`;
  return clauses.length === 0 ? head : `${head} (${clauses.join(' ')})`;
}

/** A column definition as CREATE TABLE and ADD COLUMN spell it (comments are separate). */
export function renderColumn(column: ColumnSpec): string {
  const parts = [quoteIdent(column.name), column.type];
  if (column.collation !== undefined) parts.push(`COLLATE ${quoteIdent(column.collation)}`);
  if (column.generated !== undefined)
    parts.push(`GENERATED ALWAYS AS (${column.generated}) STORED`);
  if (column.identity !== undefined) parts.push(renderIdentity(column.identity));
  if (column.default !== undefined) parts.push(`DEFAULT ${column.default}`);
  if (column.nullable === false) parts.push('NOT NULL');
  if (column.primaryKey === true) parts.push('PRIMARY KEY');
  return parts.join(' ');
}
