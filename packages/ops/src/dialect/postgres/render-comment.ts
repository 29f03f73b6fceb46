import { statement, type Statement } from './statement';
import { qualify, quoteIdent, quoteLiteral } from './quote';

function literal(comment: string | null): string {
  return comment === null ? 'NULL' : quoteLiteral(comment);
}

export function tableComment(
  table: string,
  schema: string | undefined,
  comment: string | null,
): Statement {
  return statement(`COMMENT ON TABLE ${qualify(table, schema)} IS ${literal(comment)}`);
}

export function columnComment(
  table: string,
  schema: string | undefined,
  column: string,
  comment: string | null,
): Statement {
  const target = `${qualify(table, schema)}.${quoteIdent(column)}`;
  return statement(`COMMENT ON COLUMN ${target} IS ${literal(comment)}`);
}
