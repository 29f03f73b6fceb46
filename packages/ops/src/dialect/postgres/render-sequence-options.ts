import type { SequenceOptions } from '../../operations/column-spec';
import { quoteIdent, qualify } from './quote';

function integer(value: number | string): string {
  const text = String(value);
  if (!/^-?\d+$/.test(text)) throw new TypeError(`Not an integer sequence value: ${text}`);
  return text;
}

function bound(keyword: string, value: number | string | null | undefined): string[] {
  if (value === undefined) return [];
  return value === null ? [`NO ${keyword}`] : [`${keyword} ${integer(value)}`];
}

/** The option clauses of CREATE/ALTER SEQUENCE and of identity columns, in a fixed order. */
export function sequenceOptionClauses(options: SequenceOptions): string[] {
  const clauses: string[] = [];
  if (options.as !== undefined) clauses.push(`AS ${options.as}`);
  if (options.start !== undefined) clauses.push(`START WITH ${integer(options.start)}`);
  if (options.increment !== undefined) clauses.push(`INCREMENT BY ${integer(options.increment)}`);
  clauses.push(...bound('MINVALUE', options.minValue), ...bound('MAXVALUE', options.maxValue));
  if (options.cache !== undefined) clauses.push(`CACHE ${integer(options.cache)}`);
  if (options.cycle !== undefined) clauses.push(options.cycle ? 'CYCLE' : 'NO CYCLE');
  if (options.ownedBy === null) clauses.push('OWNED BY NONE');
  else if (options.ownedBy !== undefined) {
    const { table, column, schema } = options.ownedBy;
    clauses.push(`OWNED BY ${qualify(table, schema)}.${quoteIdent(column)}`);
  }
  return clauses;
}
