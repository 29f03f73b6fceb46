/**
 * Parses JSON with comments and trailing commas (the tsconfig.json dialect). String values are
 * copied verbatim, so `"//"` or `",}"` inside a string is kept.
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      i = skipComment(text, i);
    } else if (ch === ',' && isClosing(text[skipTrivia(text, i + 1)])) {
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return JSON.parse(out);
}

function isClosing(ch: string | undefined): boolean {
  return ch === '}' || ch === ']';
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipComment(text: string, i: number): number {
  if (text[i + 1] === '/') {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  const end = text.indexOf('*/', i + 2);
  return end < 0 ? text.length : end + 2;
}

function skipTrivia(text: string, i: number): number {
  while (i < text.length) {
    if (/\s/.test(text[i]!)) i++;
    else if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) i = skipComment(text, i);
    else break;
  }
  return i;
}
