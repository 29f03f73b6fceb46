import type { IndexColumn } from '../../operations/index-ops';
import type { Compilers } from './compiler-types';
import { columnList, qualify, quoteIdent } from './quote';
import { nonTransactional, statement, type Statement } from './statement';

function renderElement(element: IndexColumn): string {
  const parts = [
    element.column !== undefined ? quoteIdent(element.column) : `(${element.expression})`,
  ];
  if (element.collation !== undefined) parts.push(`COLLATE ${quoteIdent(element.collation)}`);
  if (element.opclass !== undefined) parts.push(element.opclass);
  if (element.order !== undefined) parts.push(element.order.toUpperCase());
  if (element.nulls !== undefined) parts.push(`NULLS ${element.nulls.toUpperCase()}`);
  return parts.join(' ');
}

/** A storage parameter value: a bare word or number as it is, anything else a string literal. */
function parameterValue(value: string | number | boolean): string {
  const text = String(value);
  return /^[A-Za-z0-9_.+-]+$/.test(text) ? text : `'${text.replace(/'/g, "''")}'`;
}

export function withClause(
  parameters: Record<string, string | number | boolean> | undefined,
): string[] {
  const entries = Object.entries(parameters ?? {});
  if (entries.length === 0) return [];
  return [
    `WITH (${entries.map(([k, v]) => `${quoteIdent(k)} = ${parameterValue(v)}`).join(', ')})`,
  ];
}

/** CONCURRENTLY cannot run inside a transaction block. */
function make(sql: string, concurrently: boolean | undefined): Statement {
  return concurrently === true ? nonTransactional(sql) : statement(sql);
}

export const indexCompilers: Pick<Compilers, 'createIndex' | 'dropIndex'> = {
  createIndex(op) {
    const parts = [
      op.unique === true ? 'CREATE UNIQUE INDEX' : 'CREATE INDEX',
      ...(op.concurrently === true ? ['CONCURRENTLY'] : []),
      ...(op.ifNotExists === true ? ['IF NOT EXISTS'] : []),
      quoteIdent(op.name),
      `ON ${qualify(op.table, op.schema)}`,
      ...(op.method === undefined ? [] : [`USING ${quoteIdent(op.method)}`]),
      `(${op.columns.map(renderElement).join(', ')})`,
      ...(op.include === undefined || op.include.length === 0
        ? []
        : [`INCLUDE ${columnList(op.include)}`]),
      ...(op.nullsNotDistinct === true ? ['NULLS NOT DISTINCT'] : []),
      ...withClause(op.with),
      ...(op.where === undefined || op.where.trim() === '' ? [] : [`WHERE ${op.where}`]),
    ];
    return [make(parts.join(' '), op.concurrently)];
  },

  dropIndex(op) {
    const parts = [
      'DROP INDEX',
      ...(op.concurrently === true ? ['CONCURRENTLY'] : []),
      ...(op.ifExists === true ? ['IF EXISTS'] : []),
      qualify(op.name, op.schema),
    ];
    return [make(parts.join(' '), op.concurrently)];
  },
};
