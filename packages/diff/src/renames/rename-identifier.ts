import { quoteIdent } from '@retort/schema';

/**
 * Replaces the identifier `from` by `to` in an SQL expression as PostgreSQL prints it (what
 * PostgreSQL itself does to checks, index expressions and generated columns when a column is
 * renamed). String literals, function names (`lower(`) and type names (`::text`) are left alone.
 */
export function renameIdentifier(expression: string, from: string, to: string): string {
  let out = '';
  let i = 0;
  const s = expression;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === "'") {
      const end = literalEnd(s, i);
      out += s.slice(i, end);
      i = end;
    } else if (ch === '"') {
      const end = quotedEnd(s, i);
      const name = s.slice(i + 1, end - 1).replace(/""/g, '"');
      out += name === from && isColumnPosition(s, i, end) ? quoteIdent(to) : s.slice(i, end);
      i = end;
    } else if (/[A-Za-z_]/.test(ch) && !/[A-Za-z0-9_$]/.test(s[i - 1] ?? ' ')) {
      const word = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(s.slice(i))![0];
      const end = i + word.length;
      out += word === from && isColumnPosition(s, i, end) ? quoteIdent(to) : word;
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function literalEnd(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === "'" && s[i + 1] === "'") i += 2;
    else if (s[i] === "'") return i + 1;
    else i++;
  }
  return s.length;
}

function quotedEnd(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length) {
    if (s[i] === '"' && s[i + 1] === '"') i += 2;
    else if (s[i] === '"') return i + 1;
    else i++;
  }
  return s.length;
}

function isColumnPosition(s: string, start: number, end: number): boolean {
  const before = s.slice(0, start).trimEnd();
  const after = s.slice(end).trimStart();
  return !before.endsWith('::') && !after.startsWith('(');
}
