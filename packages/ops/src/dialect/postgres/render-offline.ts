import { renderLiteral } from './render-literal';
import type { Statement } from './statement';

/** Finds the end of a quoted run starting at `start` (the opening quote), honouring doubled quotes. */
function skipQuoted(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return sql.length;
}

function skipUntil(sql: string, start: number, terminator: string): number {
  const end = sql.indexOf(terminator, start);
  return end === -1 ? sql.length : end + terminator.length;
}

const PARAM = /\$(\d+)/y;
const DOLLAR_TAG = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/y;

function match(pattern: RegExp, sql: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(sql);
}

/** Replaces `$n` placeholders outside strings, quoted identifiers, comments and dollar quotes. */
function inlineParams(sql: string, params: readonly unknown[]): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const char = sql[i];
    let end = i + 1;
    if (char === "'" || char === '"') end = skipQuoted(sql, i, char);
    else if (sql.startsWith('--', i)) end = skipUntil(sql, i, '\n');
    else if (sql.startsWith('/*', i)) end = skipUntil(sql, i + 2, '*/');
    else if (char === '$' && !/[A-Za-z0-9_$]/.test(sql[i - 1] ?? ' ')) {
      const param = match(PARAM, sql, i);
      const tag = match(DOLLAR_TAG, sql, i);
      if (param) {
        const index = Number(param[1]) - 1;
        if (index < 0 || index >= params.length)
          throw new RangeError(`No value for parameter ${param[0]}`);
        out += renderLiteral(params[index]);
        i += param[0].length;
        continue;
      }
      if (tag) end = skipUntil(sql, i + tag[0].length, tag[0]);
    }
    out += sql.slice(i, end);
    i = end;
  }
  return out;
}

/** The statement as one line of an offline SQL script: parameters inlined, ending with `;`. */
export function renderStatementOffline(stmt: Statement): string {
  const sql =
    stmt.params === undefined || stmt.params.length === 0
      ? stmt.sql
      : inlineParams(stmt.sql, stmt.params);
  const trimmed = sql.trimEnd();
  return trimmed.endsWith(';') ? trimmed : `${trimmed};`;
}
