/**
 * A tiny hand scanner for the literal values of a migration file's header exports:
 * string literals, `null`, and arrays of string literals (several lines, comments and a
 * trailing comma allowed). Anything else is reported as "not a literal".
 */
export type HeaderLiteral = string | null | readonly string[];

export type ScanResult =
  { ok: true; value: HeaderLiteral; end: number } | { ok: false; problem: string };

/** Skips whitespace, `// line` and `/* block *\/` comments; returns the next significant index. */
export function skipTrivia(text: string, pos: number): number {
  let i = pos;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else {
      return i;
    }
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

function readString(text: string, pos: number): ScanResult {
  const quote = text[pos];
  let value = '';
  for (let i = pos + 1; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === quote) return { ok: true, value, end: i + 1 };
    if (ch === '\\') {
      const next = text[++i] ?? '';
      value += ESCAPES[next] ?? next;
    } else if (ch === '\n' && quote !== '`') {
      break;
    } else if (ch === '$' && quote === '`' && text[i + 1] === '{') {
      return { ok: false, problem: 'a template literal with ${…} substitutions' };
    } else {
      value += ch;
    }
  }
  return { ok: false, problem: 'an unterminated string' };
}

function readArray(text: string, pos: number): ScanResult {
  const items: string[] = [];
  let i = skipTrivia(text, pos + 1);
  while (text[i] !== ']') {
    if (i >= text.length) return { ok: false, problem: 'an unterminated array' };
    const ch = text[i];
    if (ch !== "'" && ch !== '"' && ch !== '`') {
      return {
        ok: false,
        problem: `an array element that is not a string literal (\`${excerpt(text, i)}\`)`,
      };
    }
    const item = readString(text, i);
    if (!item.ok) return item;
    items.push(item.value as string);
    i = skipTrivia(text, item.end);
    if (i >= text.length) return { ok: false, problem: 'an unterminated array' };
    if (text[i] === ',') i = skipTrivia(text, i + 1);
    else if (text[i] !== ']')
      return {
        ok: false,
        problem: `an array with \`${excerpt(text, i)}\` where \`,\` or \`]\` was expected`,
      };
  }
  return { ok: true, value: items, end: i + 1 };
}

/** Reads one literal value starting at `pos` (leading trivia allowed). */
export function readLiteral(text: string, pos: number): ScanResult {
  const i = skipTrivia(text, pos);
  const ch = text[i];
  let result: ScanResult;
  if (ch === "'" || ch === '"' || ch === '`') result = readString(text, i);
  else if (ch === '[') result = readArray(text, i);
  else if (text.startsWith('null', i) && !/[\w$]/.test(text[i + 4] ?? ''))
    result = { ok: true, value: null, end: i + 4 };
  else return { ok: false, problem: `\`${excerpt(text, i)}\`` };
  return result.ok ? checkTail(text, result) : result;
}

/** After the literal only `as const`, `satisfies …`, `;`, a comment or a line end may follow. */
function checkTail(text: string, result: ScanResult & { ok: true }): ScanResult {
  const rest = /^[ \t]*(?:as[ \t]+const\b[ \t]*)?/.exec(text.slice(result.end, result.end + 64));
  const at = result.end + (rest?.[0].length ?? 0);
  const next = text[at];
  if (next === undefined || next === ';' || next === '\n' || next === '\r') return result;
  if (text.startsWith('//', at) || text.startsWith('/*', at) || text.startsWith('satisfies', at))
    return result;
  return { ok: false, problem: `an expression (\`${excerpt(text, at)}\` follows the literal)` };
}

function excerpt(text: string, pos: number): string {
  if (pos >= text.length) return 'end of file';
  const line = text.slice(pos, pos + 40).split('\n')[0] as string;
  return line.trim() || 'end of line';
}
